import { atom, type RawAttribute, string } from '@/lib/imap/commands/raw-command';
import { ASSIGNED, assigneeKeyword, DONE, WAITING } from '@/lib/sharing/team-keywords';
import type { MessageState, QueryNode, Term, TextField } from './query-ast';

/** What turning a query into SEARCH keys depends on beyond the query. */
export interface CriteriaContext {
  /** The server has WITHIN (RFC 5032): `older_than:` and `newer_than:` as OLDER/YOUNGER seconds. */
  within: boolean;
  /** The keyword of a label, by its name as the user typed it (the organising issue's labels). */
  keywordOf: (label: string) => string | null;
  now: Date;
  /** The signed-in user: `assignee:me`. */
  user: string;
}

export interface SearchCriteria {
  /** The keys, ANDed (RFC 3501 §6.4.4); values are STRING tokens, quoted or sent as literals by imapflow, never spliced. */
  attributes: RawAttribute[];
  /** A value is not ASCII: the command needs `CHARSET UTF-8` (or UTF8=ACCEPT enabled, RFC 6855). */
  utf8: boolean;
}

const TEXT_KEYS: Record<TextField, string> = {
  text: 'TEXT',
  from: 'FROM',
  to: 'TO',
  cc: 'CC',
  bcc: 'BCC',
  subject: 'SUBJECT',
  body: 'BODY',
};
const STATE_KEYS: Record<MessageState, string[]> = {
  unread: ['UNSEEN'],
  read: ['SEEN'],
  starred: ['FLAGGED'],
  answered: ['ANSWERED'],
  draft: ['DRAFT'],
  assigned: ['KEYWORD', ASSIGNED],
  waiting: ['KEYWORD', WAITING],
  done: ['KEYWORD', DONE],
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_SECONDS = 86_400;
/** WITHIN counts seconds; a month and a year as Gmail counts them for older_than. */
const UNIT_SECONDS = { d: DAY_SECONDS, m: 30 * DAY_SECONDS, y: 365 * DAY_SECONDS } as const;
/** A keyword is an atom (RFC 3501 §9 flag-keyword): printable ASCII without atom-specials. */
const isKeyword = (name: string) => /^[!#$&'+-[^-z|}~]+$/.test(name);

export const isAscii = (text: string) => [...text].every((char) => char.charCodeAt(0) < 0x80);

/**
 * A value as a string argument: quoted when it is printable ASCII, else a literal (RFC 3501
 * §4.3: a quoted string holds 7-bit text without CR or LF; imapflow refuses to quote more).
 * NUL, which not even a literal may hold, is dropped.
 */
export function value(text: string): RawAttribute {
  const clean = text.replaceAll('\0', '');
  const printable = [...clean].every((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) < 0x7f);
  return printable ? string(clean) : { type: 'LITERAL', value: Buffer.from(clean, 'utf8') };
}

/** The query tree as SEARCH keys: one list, whose items IMAP ANDs. */
export function searchCriteria(node: QueryNode | null, context: CriteriaContext): SearchCriteria {
  const state = { utf8: false };
  const attributes = node ? keys(node, context, state).flat() : [atom('ALL')];
  return { attributes, utf8: state.utf8 };
}

/** One search key: its name and arguments (`FROM "ana"`), or a prefix key with its operands. */
type Key = RawAttribute[];

function keys(node: QueryNode, context: CriteriaContext, state: { utf8: boolean }): Key[] {
  switch (node.kind) {
    case 'and':
      return node.nodes.flatMap((child) => keys(child, context, state));
    case 'not':
      return [[atom('NOT'), ...operand(node.node, context, state)]];
    case 'or':
      return [orKey(node.nodes, context, state)];
    default:
      return [termKey(node, context, state)];
  }
}

/** OR takes two keys (RFC 3501 §6.4.4): a longer list nests, `OR a OR b c`. */
function orKey(nodes: QueryNode[], context: CriteriaContext, state: { utf8: boolean }): Key {
  const [first, ...rest] = nodes as [QueryNode, ...QueryNode[]];
  if (rest.length === 0) return operand(first, context, state);
  const second = rest.length === 1 ? operand(rest[0] as QueryNode, context, state) : orKey(rest, context, state);
  return [atom('OR'), ...operand(first, context, state), ...second];
}

/** A node as one key for NOT or OR: several keys go in parentheses, a list imapflow's compiler writes as `( … )`. */
function operand(node: QueryNode, context: CriteriaContext, state: { utf8: boolean }): Key {
  const inner = keys(node, context, state);
  return inner.length === 1 ? (inner[0] as Key) : [inner.flat()];
}

function termKey(term: Term, context: CriteriaContext, state: { utf8: boolean }): Key {
  switch (term.kind) {
    case 'text':
      if (!isAscii(term.value)) state.utf8 = true;
      return [atom(TEXT_KEYS[term.field]), value(term.value)];
    case 'is':
      return STATE_KEYS[term.state].map(atom);
    case 'assignee': {
      const keyword = assigneeKeyword(term.name.toLowerCase() === 'me' ? context.user : term.name);
      return [atom('KEYWORD'), atom(keyword)];
    }
    case 'label': {
      const keyword = context.keywordOf(term.name) ?? (isKeyword(term.name) ? term.name : null);
      // A label nobody defined and no keyword could be: it labels nothing.
      return keyword ? [atom('KEYWORD'), atom(keyword)] : [atom('NOT'), atom('ALL')];
    }
    case 'date':
      return [atom({ before: 'BEFORE', after: 'SINCE', on: 'ON' }[term.relation]), atom(imapDate(term.date))];
    case 'age':
      return ageKey(term, context);
    case 'size':
      return [atom(term.relation === 'larger' ? 'LARGER' : 'SMALLER'), atom(String(term.bytes))];
    case 'has-attachment':
      // The heuristic: a top-level multipart/mixed is what every client sends attachments in.
      // Inline pictures (multipart/related) are not attachments; a lone application/pdf body is missed.
      return [atom('HEADER'), string('Content-Type'), string('multipart/mixed')];
  }
}

/** older_than/newer_than: OLDER/YOUNGER seconds with WITHIN; without it BEFORE/SINCE the day that many units ago (UTC). */
function ageKey(term: Extract<Term, { kind: 'age' }>, context: CriteriaContext): RawAttribute[] {
  if (context.within) {
    return [atom(term.relation === 'older' ? 'OLDER' : 'YOUNGER'), atom(String(term.amount * UNIT_SECONDS[term.unit]))];
  }
  const day = new Date(context.now);
  if (term.unit === 'd') day.setUTCDate(day.getUTCDate() - term.amount);
  if (term.unit === 'm') day.setUTCMonth(day.getUTCMonth() - term.amount);
  if (term.unit === 'y') day.setUTCFullYear(day.getUTCFullYear() - term.amount);
  return [atom(term.relation === 'older' ? 'BEFORE' : 'SINCE'), atom(imapDate(day.toISOString().slice(0, 10)))];
}

/** YYYY-MM-DD as RFC 3501's date: `7-Dec-2026`. */
function imapDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}-${MONTHS[(month ?? 1) - 1]}-${year}`;
}
