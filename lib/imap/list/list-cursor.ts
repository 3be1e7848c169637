import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';

/**
 * The opaque "next page" cursor: where the previous page ended, by position and by the
 * last UID shown. The UID anchor keeps pages gap- and duplicate-free when messages arrive
 * or leave between two pages; the position is the fallback when that UID is gone.
 */
export interface ListCursor {
  uidValidity: number;
  sort: SortKey;
  order: SortOrder;
  position: number;
  lastUid: number;
}

export function encodeCursor(cursor: ListCursor): string {
  const { uidValidity, sort, order, position, lastUid } = cursor;
  return Buffer.from(JSON.stringify([uidValidity, sort, order, position, lastUid])).toString('base64url');
}

export function decodeCursor(value: string, expected: { uidValidity: number; sort: SortKey; order: SortOrder }): ListCursor {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', 'The page cursor is not valid.');
  }
  const [uidValidity, sort, order, position, lastUid] = Array.isArray(fields) ? fields : [];
  if (
    !Number.isInteger(position) ||
    position < 0 ||
    !Number.isInteger(lastUid) ||
    sort !== expected.sort ||
    order !== expected.order
  ) {
    throw new AppError('BAD_REQUEST', 'The page cursor does not belong to this list.');
  }
  // RFC 3501 §2.3.1.1: a new UIDVALIDITY means every UID we knew is meaningless now.
  if (uidValidity !== expected.uidValidity) throw new AppError('CONFLICT', 'The folder was recreated; reload the list.');
  return { uidValidity, sort, order, position, lastUid };
}

/** Where the next page starts in the current order. */
export function startOf(cursor: Pick<ListCursor, 'position' | 'lastUid'> | undefined, uids: Uint32Array): number {
  if (!cursor) return 0;
  const anchor = uids.indexOf(cursor.lastUid);
  return anchor >= 0 ? anchor + 1 : Math.min(cursor.position, uids.length);
}
