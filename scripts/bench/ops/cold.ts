import type { ImapFlow } from 'imapflow';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import { interleave, type OpResult, toResult } from '../measure';

/**
 * An operation as the first request of a new session, which is what the browser's sign-in
 * waits for: the connection has no mailbox selected yet. App: a fresh session (signed in
 * untimed, signed out afterwards). Floor: a fresh connection (logged in and out untimed).
 */
export async function coldOp(
  ctx: BenchContext,
  op: { key: string; name: string },
  app: (client: AppClient) => Promise<unknown>,
  floor: (client: ImapFlow) => Promise<unknown>,
): Promise<OpResult> {
  let appClient: AppClient | null = null;
  let floorClient: ImapFlow | null = null;
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        if (appClient) await app(appClient);
      },
      floor: async () => {
        if (floorClient) await floor(floorClient);
      },
      before: async (side) => {
        if (side === 'app') {
          appClient = new AppClient();
          await appClient.signIn(ctx.user, PASSWORD);
        } else floorClient = await connectFloor(ctx.user);
      },
      after: async (side) => {
        if (side === 'app') await appClient?.signOut();
        else if (floorClient) await closeFloor(floorClient);
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}
