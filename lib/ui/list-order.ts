import { baseSubject } from '@/lib/mime/base-subject';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { SortKey, SortOrder } from '@/lib/schemas/values';

type Row = Pick<MessageSummary, 'uid' | 'date' | 'from' | 'subject' | 'size'>;

/**
 * Where the server puts a row in a list, so a message arriving by live event lands where the
 * next page fetch would have put it. The same RFC 5256 rules the server's own fallback sorts
 * by (lib/imap/list/sort-fallback.ts): DATE is the Date header in UTC (the row's `date`, which
 * already falls back to the arrival time), FROM the local part of the first From address,
 * SUBJECT the base subject, SIZE the size, ARRIVAL mailbox order. Ties keep mailbox order,
 * which is UID order (RFC 3501 §2.3.1.1), even under REVERSE (RFC 5256 §3).
 *
 * Returns a comparator: negative when `a` comes first.
 */
export function listOrder(sort: SortKey, order: SortOrder): (a: Row, b: Row) => number {
  const direction = order === 'desc' ? -1 : 1;
  if (sort === 'arrival') return (a, b) => direction * (a.uid - b.uid);
  const value = SORT_VALUE[sort];
  return (a, b) => direction * compare(value(a), value(b)) || a.uid - b.uid;
}

const SORT_VALUE: Record<Exclude<SortKey, 'arrival'>, (row: Row) => string | number> = {
  date: (row) => {
    const time = Date.parse(row.date);
    return Number.isNaN(time) ? 0 : time;
  },
  from: (row) => casemap(row.from[0]?.address.split('@')[0] ?? ''),
  subject: (row) => casemap(baseSubject(casemap(row.subject))),
  size: (row) => row.size,
};

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An approximation of the i;unicode-casemap comparator (RFC 5051) that Dovecot sorts with. */
function casemap(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
