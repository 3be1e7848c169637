import type { BenchContext } from '../context';
import { fetchPreviews, fetchWindow } from '../floor/commands';
import { interleave, type OpResult, toResult } from '../measure';

/**
 * App: GET the first 50 rows of INBOX by date. Floor: the same answer's IMAP work on the
 * selected INBOX: one FETCH of the window's envelopes, flags, sizes and BODYSTRUCTUREs, and its
 * PREVIEWs (unread counts come with the folder list). The order itself is not re-sorted on either side: the app
 * serves it from its sort cache, and the floor is given the UID list it sorted once (the
 * SORT alone is its own row, sort-order.ts).
 */
export async function firstPage(ctx: BenchContext): Promise<OpResult> {
  const op = { key: 'first-page', name: 'First page (50) of INBOX by date' };
  const window = ctx.fx.sorted.slice(0, 50);
  const query = new URLSearchParams({ limit: '50', sort: 'date', order: 'desc' });
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        await ctx.app.json('GET', `/api/mailboxes/${ctx.fx.inboxId}/messages?${query}`);
      },
      floor: async () => {
        await fetchWindow(ctx.floor, window);
        await fetchPreviews(ctx.floor, window);
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}
