import 'server-only';
import type { FetchMessageObject, ImapFlow, MessageStructureObject } from 'imapflow';
import libmime from 'libmime';
import { RAW_HEADER_BYTES, TRUSTED_HEADER_BYTES } from '@/lib/imap/commands/read-headers';
import { uidSet } from '@/lib/imap/commands/uid-set';
import { baseSubject } from '@/lib/mime/base-subject';
import { headerLine } from '@/lib/mime/header-line';
import { headerSizeBound } from '@/lib/mime/header-size-bound';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';

type HeaderKey = 'date' | 'from' | 'subject';
interface Row {
  uid: number;
  seq: number;
  size: number;
  internalDate: Date | string | undefined;
  headers: Buffer | undefined;
}

/**
 * Sorting for servers without SORT (RFC 5256 semantics, done here), of the mailbox or of the
 * UIDs a search found: fetch only the one small header the key needs for every message, never
 * a body, and sort in memory. Ties keep mailbox (sequence) order, as RFC 5256 §3 requires even
 * under REVERSE.
 *
 * The header is asked for by name only where the sizes rule out a huge header (as in
 * read-headers.ts: Dovecot 2.3 panics on a header field over ~10 MB): RFC822.SIZE first,
 * BODYSTRUCTURE for the few messages over 1 MiB, and the start of the raw header for those
 * whose header may be that large.
 */
export async function sortWithoutServer(
  client: ImapFlow,
  key: Exclude<SortKey, 'arrival'>,
  order: SortOrder,
  only?: number[],
): Promise<number[]> {
  const rows = new Map<number, Row>();
  if (only?.length === 0) return [];
  // `only`: a search's matches (search-folder.ts), by UID; otherwise the whole mailbox.
  const range = only ? uidSet(only) : '1:*';
  const query = { uid: true, size: true, internalDate: key === 'date' };
  for await (const message of client.fetch(range, query, { uid: only !== undefined })) {
    // Another session's flag change can come through as an untagged FETCH with the UID (QRESYNC,
    // RFC 7162 §3.2.4): only an answer with what was asked for may fill or replace a row.
    if (message.size === undefined) continue;
    rows.set(message.uid, {
      uid: message.uid,
      seq: message.seq,
      size: message.size ?? 0,
      internalDate: message.internalDate,
      headers: undefined,
    });
  }
  if (key !== 'size') await readSortHeaders(client, rows, key);
  const values = [...rows.values()].map((row) => ({ ...row, value: sortValue(key, row) }));
  const direction = order === 'desc' ? -1 : 1;
  values.sort((a, b) => direction * compare(a.value, b.value) || a.seq - b.seq);
  return values.map((row) => row.uid);
}

async function readSortHeaders(client: ImapFlow, rows: Map<number, Row>, key: HeaderKey): Promise<void> {
  const large = [...rows.values()].filter((row) => row.size > TRUSTED_HEADER_BYTES).map((row) => row.uid);
  const structures = new Map<number, MessageStructureObject | undefined>();
  if (large.length > 0) {
    for await (const message of client.fetch(uidSet(large), { uid: true, bodyStructure: true }, { uid: true })) {
      if (message.bodyStructure) structures.set(message.uid, message.bodyStructure);
    }
  }
  const raw = large.filter((uid) => headerSizeBound(rows.get(uid)?.size ?? 0, structures.get(uid)) > TRUSTED_HEADER_BYTES);
  const rawSet = new Set(raw);
  const byName = [...rows.keys()].filter((uid) => !rawSet.has(uid));
  const collect = (message: FetchMessageObject) => {
    const row = rows.get(message.uid);
    if (row && message.headers) row.headers = message.headers;
  };
  if (byName.length > 0) {
    for await (const message of client.fetch(uidSet(byName), { uid: true, headers: [key] }, { uid: true })) collect(message);
  }
  if (raw.length > 0) {
    const query = { uid: true, bodyParts: [{ key: 'HEADER', start: 0, maxLength: RAW_HEADER_BYTES }] };
    for await (const message of client.fetch(uidSet(raw), query, { uid: true })) collect(message);
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortValue(key: Exclude<SortKey, 'arrival'>, row: Row): string | number {
  if (key === 'size') return row.size;
  const raw = headerLine(row.headers, key) ?? '';
  if (key === 'date') {
    // RFC 5256: the Date header in UTC; the internal date when it is missing or unparsable.
    const parsed = Date.parse(raw);
    return Number.isNaN(parsed) ? new Date(row.internalDate ?? 0).getTime() : parsed;
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
