import type { BenchContext } from '../context';
import { interleave, type OpResult, toResult } from '../measure';

/**
 * App: GET /api/mailboxes. Floor: LIST ... RETURN (STATUS (MESSAGES UNSEEN)) (RFC 5819), the
 * command the app sends. Both connections have INBOX selected here (the app's from earlier
 * pages): the warm case. folder-list-cold.ts is a new session's first request.
 */
export async function folderList(ctx: BenchContext): Promise<OpResult> {
  const op = { key: 'folder-list', name: 'Folder list with counts (INBOX selected)' };
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        await ctx.app.json('GET', '/api/mailboxes');
      },
      floor: async () => {
        await ctx.floor.list({ statusQuery: { messages: true, unseen: true } });
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}
