import type { BenchContext } from '../context';
import type { MessageTarget } from '../fixtures';
import { openMessageDirect } from '../floor/open-message';
import { interleave, type OpResult, toResult } from '../measure';

/**
 * App: GET /api/messages/:id, without If-None-Match, so every repetition does the IMAP work
 * (a browser would get a 304 or its cache the second time). Floor: the view FETCH and the
 * display part (floor/open-message.ts); the app additionally sanitizes HTML and builds JSON.
 */
export async function openMessage(ctx: BenchContext, key: string, name: string, target: MessageTarget): Promise<OpResult> {
  const samples = await interleave(
    {
      key,
      name,
      app: async () => {
        await ctx.app.json('GET', `/api/messages/${target.id}`);
      },
      floor: async () => {
        await openMessageDirect(ctx.floor, target);
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult({ key, name }, samples);
}
