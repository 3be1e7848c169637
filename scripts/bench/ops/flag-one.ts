import type { FlagsResponse } from '../../../lib/schemas/flags';
import type { BenchContext } from '../context';
import { interleave, type OpResult, toResult } from '../measure';

const KEY = 'flag-one';
const NAME = 'Flag one message (API vs direct UID STORE)';

/**
 * App: PATCH /api/messages adding \Flagged to one INBOX message (the app sends NOOP on its
 * warm connection, `UID STORE +FLAGS`, and a FETCH of the flags it answers with). Floor: the
 * same `UID STORE +FLAGS (\Flagged)` with imapflow. After each run, untimed, the floor takes
 * the flag off again, so every run changes the message.
 */
export async function flagOne(ctx: BenchContext): Promise<OpResult> {
  const uid = ctx.fx.sorted[5] ?? ctx.fx.newest.uid;
  const samples = await interleave(
    {
      key: KEY,
      name: NAME,
      app: async () => {
        await ctx.app.json<FlagsResponse>('PATCH', '/api/messages', {
          mailboxId: ctx.fx.inboxId,
          uids: [uid],
          add: ['\\Flagged'],
        });
      },
      floor: async () => {
        if (!(await ctx.floor.messageFlagsAdd(String(uid), ['\\Flagged'], { uid: true }))) throw new Error('STORE refused');
      },
      after: async () => {
        await ctx.floor.messageFlagsRemove(String(uid), ['\\Flagged'], { uid: true });
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult({ key: KEY, name: NAME }, samples);
}
