import type { BenchContext } from '../context';
import { DEEP_OFFSET } from '../fixtures';
import { fetchPreviews, fetchWindow } from '../floor/commands';
import { interleave, type OpResult, toResult } from '../measure';

/** App: the page 1,000 rows deep, by its cursor. Floor: FETCH and PREVIEW of the same 50 UIDs (no UNSEEN count, like the app). */
export async function deepPage(ctx: BenchContext): Promise<OpResult> {
  const op = { key: 'deep-page', name: 'Page 1,000 rows deep' };
  const window = ctx.fx.sorted.slice(DEEP_OFFSET, DEEP_OFFSET + 50);
  const query = new URLSearchParams({ limit: '50', sort: 'date', order: 'desc', cursor: ctx.fx.deepCursor });
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
