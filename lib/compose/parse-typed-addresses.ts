import addressparser from 'nodemailer/lib/addressparser';
import type { Recipient } from '@/lib/schemas/compose';
import { headerProblem, recipientProblem } from '@/lib/schemas/recipient-rules';

export interface TypedAddresses {
  recipients: Recipient[];
  /** What was refused, as typed, with the sentence saying why (the Recipient schema's own, mostly). */
  invalid: { text: string; reason: string }[];
}

/** Between addresses: a comma (RFC 5322 §3.4), a semicolon (as Outlook writes them), a line of a pasted column. */
const SEPARATORS = new Set([',', ';', '\r', '\n']);
const NAME_IS_AN_ADDRESS = 'the name looks like another address: put a comma between addresses';

/**
 * Reads what a person typed or pasted into To, Cc or Bcc: `Ana <ana@x.test>, bob@y.test;
 * "Smith, J" <j@z.test>`, one address a line, groups (`Team: a@x.test, b@y.test;`) flattened.
 * Each entry is parsed by nodemailer's addressparser, the same reader that later writes the
 * header, and kept only if the Recipient schema takes it, so a chip is always sendable.
 * Duplicates after the first are dropped, refused ones too.
 */
export function parseTypedAddresses(text: string): TypedAddresses {
  const result: TypedAddresses = { recipients: [], invalid: [] };
  for (const entry of splitEntries(text)) {
    const read = readEntry(entry);
    if ('reason' in read) {
      if (!result.invalid.some((refused) => refused.text === entry)) result.invalid.push({ text: entry, reason: read.reason });
      continue;
    }
    for (const recipient of read.recipients) {
      if (!result.recipients.some((chosen) => sameAddress(chosen, recipient))) result.recipients.push(recipient);
    }
  }
  return result;
}

function readEntry(entry: string): { recipients: Recipient[] } | { reason: string } {
  // A line break left here sits inside quotes or a comment (the others split entries).
  // addressparser would quietly make it a space and drop a control character; the schema's
  // header-field check refuses both instead, so a chip never differs from what was typed.
  const header = headerProblem(entry);
  if (header) return { reason: header };
  const mailboxes = addressparser(entry, { flatten: true });
  // A lone group name (`Team:`) or an empty `<>`: the schema says what an address needs.
  if (mailboxes.length === 0) mailboxes.push({ name: '', address: '' });
  const recipients: Recipient[] = [];
  for (const { name, address } of mailboxes) {
    const candidate: Recipient = name && name.toLowerCase() !== address.toLowerCase() ? { name, address } : { address };
    const problem = recipientProblem(candidate);
    if (problem) return { reason: problem };
    // `ana@x.test bob@y.test` reads as ana@x.test named "bob@y.test": the chip would show one and send to the other.
    if (candidate.name?.includes('@')) return { reason: NAME_IS_AN_ADDRESS };
    recipients.push(candidate);
  }
  return { recipients };
}

/** The entries of `text`, cut at separators outside quoted strings and comments, trimmed, blanks left out. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let start = 0;
  scan(text, (at) => {
    entries.push(text.slice(start, at));
    start = at + 1;
  });
  entries.push(text.slice(start));
  return entries.map((entry) => entry.trim()).filter(Boolean);
}

/**
 * Whether `text` ends inside a quoted string or a comment, where a typed `,` or `;` is part of
 * a name (`"Smith, J`) and must not end the address.
 */
export function endsInQuotes(text: string): boolean {
  return scan(text, () => {});
}

/**
 * Walks `text`, calling `onSeparator` for each separator outside quoted strings (RFC 5322
 * §3.2.4) and comments (§3.2.2, which nest); a backslash escapes the next character in both.
 * Returns whether the text ends inside one of them.
 */
function scan(text: string, onSeparator: (at: number) => void): boolean {
  let quoted = false;
  let depth = 0;
  let escaped = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (escaped) escaped = false;
    else if ((quoted || depth > 0) && char === '\\') escaped = true;
    else if (quoted) quoted = char !== '"';
    else if (char === '(') depth += 1;
    else if (depth > 0) {
      if (char === ')') depth -= 1;
    } else if (char === '"') quoted = true;
    else if (SEPARATORS.has(char)) onSeparator(at);
  }
  return quoted || depth > 0;
}

/** What a chip shows: the name if there is one, else the address. */
export function recipientLabel(recipient: Recipient): string {
  return recipient.name?.trim() || recipient.address;
}

/** Whether two recipients are the same mailbox. Case-insensitive throughout, as people and most servers treat it. */
export function sameAddress(a: Pick<Recipient, 'address'>, b: Pick<Recipient, 'address'>): boolean {
  return a.address.toLowerCase() === b.address.toLowerCase();
}
