import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { Features } from '@/lib/imap/connection/capabilities';
import { expectDone } from '@/lib/imap/connection/errors';
import type { SortOrder } from '@/lib/schemas/message-list';

/** A run of message sequence numbers, both ends included (RFC 3501 §2.3.1.2). */
export interface SequenceWindow {
  from: number;
  to: number;
}

/**
 * Arrival order is mailbox order, so a page is a range of sequence numbers: no SEARCH, no
 * sort, the first page of a 100k folder is one FETCH of `EXISTS-49:EXISTS`. A later page
 * starts after the cursor's last UID, found by counting the messages up to it, which stays
 * right when mail arrives or is expunged between pages (the UID anchor cannot move).
 */
export async function arrivalWindow(
  client: ImapFlow,
  features: Features,
  exists: number,
  order: SortOrder,
  limit: number,
  afterUid: number | undefined,
): Promise<SequenceWindow | null> {
  if (afterUid === undefined) {
    const window = order === 'desc' ? { from: exists - limit + 1, to: exists } : { from: 1, to: limit };
    return clamp(window, exists);
  }
  const smaller = await smallerUids(client, features, afterUid, order);
  const window = order === 'desc' ? { from: smaller - limit + 1, to: smaller } : { from: smaller + 1, to: smaller + limit };
  return clamp(window, exists);
}

function clamp({ from, to }: SequenceWindow, exists: number): SequenceWindow | null {
  const window = { from: Math.max(1, from), to: Math.min(exists, to) };
  return window.from <= window.to ? window : null;
}

/**
 * How many messages come before the next page: descending, those with a UID below the
 * anchor; ascending, those up to and including it. ESEARCH COUNT (RFC 4731) answers with one
 * number; without it, `SEARCH UID anchor` gives the anchor's sequence number directly, and
 * only an anchor expunged meanwhile costs the full `SEARCH UID 1:anchor` result. A refused
 * SEARCH is an error, never a count of 0 (which would page from the wrong place).
 */
async function smallerUids(client: ImapFlow, features: Features, anchor: number, order: SortOrder): Promise<number> {
  const last = order === 'desc' ? anchor - 1 : anchor;
  if (last < 1) return 0;
  if (features.esearch) {
    const result = expectDone(await client.search({ uid: `1:${last}` }, { returnOptions: ['COUNT'] }));
    return Array.isArray(result) ? result.length : (result.count ?? 0);
  }
  const [sequence] = expectDone(await client.search({ uid: String(anchor) }));
  if (sequence !== undefined) return order === 'desc' ? sequence - 1 : sequence;
  return expectDone(await client.search({ uid: `1:${last}` })).length;
}
