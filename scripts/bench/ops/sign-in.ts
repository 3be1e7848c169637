import type { ImapFlow } from 'imapflow';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import { interleave, type OpResult, toResult } from '../measure';

/**
 * App: POST /api/session (a fresh LOGIN, then the sealed cookie). Floor: imapflow's connect()
 * (greeting, CAPABILITY, ID, LOGIN, NAMESPACE, ENABLE). Each timed sign-in is followed by an
 * untimed sign-out / LOGOUT, so repetitions do not pile up connections.
 */
export async function signIn(ctx: BenchContext): Promise<OpResult> {
  const op = { key: 'sign-in', name: 'Sign in' };
  let client: AppClient | null = null;
  let floor: ImapFlow | null = null;
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        client = new AppClient();
        await client.signIn(ctx.user, PASSWORD);
      },
      floor: async () => {
        floor = await connectFloor(ctx.user);
      },
      after: async (side) => {
        if (side === 'app') await client?.signOut();
        else if (floor) await closeFloor(floor);
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}
