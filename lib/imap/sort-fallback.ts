import 'server-only';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import libmime from 'libmime';
import { baseSubject } from '@/lib/mime/base-subject';
import type { SortKey, SortOrder } from '@/lib/schemas/messages';

/**
 * Sorting for servers without SORT (RFC 5256 semantics, done here): fetch only the one
 * small header the key needs for every message, never a body, and sort in memory. Ties
 * keep mailbox (sequence) order, as RFC 5256 §3 requires even under REVERSE.
 */
export async function sortWithoutServer(client: ImapFlow, key: Exclude<SortKey, 'arrival'>, order: SortOrder): Promise<number[]> {
  const rows: Array<{ uid: number; seq: number; value: string | number }> = [];
  const query = key === 'size' ? { size: true } : { headers: [HEADER[key]], ...(key === 'date' ? { internalDate: true } : {}) };
  for await (const message of client.fetch('1:*', { uid: true, ...query })) {
    rows.push({ uid: message.uid, seq: message.seq, value: sortValue(key, message) });
  }
  const direction = order === 'desc' ? -1 : 1;
  rows.sort((a, b) => direction * compare(a.value, b.value) || a.seq - b.seq);
  return rows.map((row) => row.uid);
}

const HEADER = { date: 'date', from: 'from', subject: 'subject' } as const;

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortValue(key: Exclude<SortKey, 'arrival'>, message: FetchMessageObject): string | number {
  if (key === 'size') return message.size ?? 0;
  const raw = headerValue(message.headers, HEADER[key]);
  if (key === 'date') {
    // RFC 5256: the Date header in UTC; the internal date when it is missing or unparsable.
    const parsed = Date.parse(raw);
    return Number.isNaN(parsed) ? new Date(message.internalDate ?? 0).getTime() : parsed;
  }
  const decoded = casemap(libmime.decodeWords(raw));
  return key === 'subject' ? casemap(baseSubject(decoded)) : fromMailbox(decoded);
}

/** RFC 5256 FROM: the addr-mailbox (local part) of the first From address. */
function fromMailbox(from: string): string {
  const address = /<([^>]*)>/.exec(from)?.[1] ?? from.split(',')[0] ?? '';
  return address.trim().split('@')[0] ?? '';
}

/** An approximation of the i;unicode-casemap comparator (RFC 5051) that Dovecot sorts with. */
function casemap(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function headerValue(headers: Buffer | undefined, name: string): string {
  if (!headers) return '';
  const text = headers.toString('binary').replace(/\r?\n[ \t]+/g, ' ');
  const line = text.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line ? Buffer.from(line.slice(name.length + 1).trim(), 'binary').toString('utf8') : '';
}
