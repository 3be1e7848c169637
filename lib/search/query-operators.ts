import { type MessageState, QuerySyntaxError, type SearchScope, type Term, type TextField } from './query-ast';
import type { QueryToken } from './tokenize-query';

type OperatorToken = Extract<QueryToken, { type: 'operator' }>;

const TEXT_FIELDS: ReadonlySet<string> = new Set<TextField>(['from', 'to', 'cc', 'bcc', 'subject', 'body']);
const STATES: ReadonlySet<string> = new Set<MessageState>([
  'unread',
  'read',
  'starred',
  'answered',
  'draft',
  'assigned',
  'waiting',
  'done',
]);
/** IMAP numbers are 32-bit unsigned (RFC 3501 §4.2 number, §6.4.4 LARGER/SMALLER). */
const MAX_NUMBER = 2 ** 32 - 1;
const UNITS = { '': 1, k: 1024, m: 1024 * 1024 } as const;

const fail = (reason: string, token: OperatorToken): never => {
  throw new QuerySyntaxError(reason, token.text, token.position);
};

/** The term of one `name:value` operator, or the scope of an `in:`; an unknown name or a bad value is an error naming it. */
export function operatorTerm(token: OperatorToken): Term | SearchScope {
  const { name, value } = token;
  if (value === '') return fail(`${name}: needs a value`, token);
  if (TEXT_FIELDS.has(name)) return { kind: 'text', field: name as TextField, value };
  switch (name) {
    case 'is':
      if (!STATES.has(value.toLowerCase())) {
        return fail('is: takes unread, read, starred, answered, draft, assigned or done', token);
      }
      return { kind: 'is', state: value.toLowerCase() as MessageState };
    case 'has':
      if (value.toLowerCase() !== 'attachment') return fail('has: takes attachment', token);
      return { kind: 'has-attachment' };
    case 'label':
      return { kind: 'label', name: value };
    case 'assignee':
      return { kind: 'assignee', name: value };
    case 'in':
      return value.toLowerCase() === 'anywhere' ? { kind: 'anywhere' } : { kind: 'folder', name: value };
    case 'before':
    case 'after':
    case 'on':
      return { kind: 'date', relation: name, date: calendarDate(token) };
    case 'older_than':
    case 'newer_than':
      return age(token, name === 'older_than' ? 'older' : 'newer');
    case 'larger':
    case 'smaller':
      return { kind: 'size', relation: name, bytes: size(token) };
    default:
      return fail('unknown operator', token);
  }
}

/** YYYY/MM/DD or YYYY-MM-DD, a real day of the calendar, as YYYY-MM-DD. */
function calendarDate(token: OperatorToken): string {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(token.value);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  const real = match && date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  if (!real) return fail(`${token.name}: takes a date as YYYY/MM/DD or YYYY-MM-DD`, token);
  return date.toISOString().slice(0, 10);
}

/** `7d`, `3m`, `1y`: days, months, years. */
function age(token: OperatorToken, relation: 'older' | 'newer'): Term {
  const match = /^(\d{1,5})([dmy])$/i.exec(token.value);
  const amount = Number(match?.[1]);
  if (!match || amount < 1) return fail(`${token.name}: takes a number and d, m or y (7d, 3m, 1y)`, token);
  return { kind: 'age', relation, amount, unit: (match[2] as string).toLowerCase() as 'd' | 'm' | 'y' };
}

/** Bytes, or k and M as 1024 and 1024², as Gmail; within IMAP's 32-bit numbers. */
function size(token: OperatorToken): number {
  const match = /^(\d{1,10})([km]?)$/i.exec(token.value);
  const bytes = match ? Number(match[1]) * UNITS[(match[2] as string).toLowerCase() as keyof typeof UNITS] : Number.NaN;
  if (!(bytes <= MAX_NUMBER)) return fail(`${token.name}: takes a size in bytes, k or M (up to 4 GiB)`, token);
  return bytes;
}
