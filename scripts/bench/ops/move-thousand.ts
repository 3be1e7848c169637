import type { ImapFlow } from 'imapflow';
import { mailboxId } from '../../../lib/ids';
import { uidSet } from '../../../lib/imap/commands/uid-set';
import type { MoveResponse } from '../../../lib/schemas/move';
import { HttpError } from '../app-client';
import type { BenchContext } from '../context';
import { interleave, type OpResult, toResult } from '../measure';

const KEY = 'move-thousand';
const NAME = 'Move 1,000 messages and back (API vs direct UID MOVE)';
const COUNT = 1000;
/** Two folders of the bench's own, made for this op and deleted after it: INBOX's UIDs stay as the other ops found them. */
const A = 'Bench Move A';
const B = 'Bench Move B';

/**
 * App: `POST /api/messages/move` of 1,000 UIDs (as one UID set) from A to B, then of the new
 * UIDs its uidMap names back to A. Floor: imapflow's `UID MOVE` (RFC 6851) of the same set
 * and back, each after selecting the source, as the app must too. Where the move route is not
 * on this build (404 or 405 without an error envelope), the app side is reported
 * as that error and only the floor is measured: never a made-up number.
 */
export async function moveThousand(ctx: BenchContext): Promise<OpResult> {
  const { floor } = ctx;
  let inA = await prepare(floor, ctx.fx.sorted);
  let error: string | null = null;
  const apiMove = async (from: string, uids: number[], to: string) => {
    const response = await ctx.app.json<MoveResponse>('POST', '/api/messages/move', {
      mailboxId: mailboxId(from),
      uids: uidSet(uids),
      to: mailboxId(to),
    });
    if (response.uidMap.length !== uids.length)
      throw new Error(`the move answered ${response.uidMap.length} of ${uids.length} new UIDs`);
    return response.uidMap.map(([, uid]) => uid);
  };
  try {
    await apiMove(A, inA, B)
      .then((inB) => apiMove(B, inB, A))
      .then((back) => {
        inA = back;
      })
      .catch((failure: unknown) => {
        // Without its own route, the path falls to /api/messages/[messageId], which has no POST: 405, no envelope.
        const absent = failure instanceof HttpError && [404, 405].includes(failure.status) && !failure.message.includes('"code"');
        if (!absent) throw failure;
        error = `POST /api/messages/move answered ${failure.status}: the route is not on this build`;
      });
    const samples = await interleave(
      {
        key: KEY,
        name: NAME,
        app: async () => {
          if (error) return;
          inA = await apiMove(B, await apiMove(A, inA, B), A);
        },
        floor: async () => {
          inA = await floorMove(floor, B, await floorMove(floor, A, inA, B), A);
        },
      },
      ctx.reps,
      ctx.warmup,
    );
    const result = toResult({ key: KEY, name: NAME }, samples);
    return error ? { ...result, app: null, ratio: null, extra: { error } } : result;
  } finally {
    await floor.mailboxOpen('INBOX');
    for (const path of [A, B]) await floor.mailboxDelete(path).catch(() => {});
  }
}

/** `UID MOVE` of `uids` from `from` to `to`; the new UIDs from COPYUID (RFC 4315), in source order. */
async function floorMove(floor: ImapFlow, from: string, uids: number[], to: string): Promise<number[]> {
  await floor.mailboxOpen(from);
  const moved = await floor.messageMove(uidSet(uids), to, { uid: true });
  const map = moved ? moved.uidMap : undefined;
  if (!map) throw new Error(`UID MOVE ${from} → ${to} gave no COPYUID`);
  return uids.map((uid) => {
    const next = map.get(uid);
    if (next === undefined) throw new Error(`UID ${uid} was not moved`);
    return next;
  });
}

/** Fresh A (1,000 copies of INBOX messages, the 20 MiB one left out) and an empty B; answers A's UIDs. */
async function prepare(floor: ImapFlow, sorted: number[]): Promise<number[]> {
  for (const path of [A, B]) await floor.mailboxDelete(path).catch(() => {});
  await floor.mailboxCreate(A);
  await floor.mailboxCreate(B);
  const source = sorted.filter((_, index) => index !== 999).slice(0, COUNT);
  if (source.length < COUNT) throw new Error(`INBOX has fewer than ${COUNT + 1} messages`);
  await floor.mailboxOpen('INBOX');
  if (!(await floor.messageCopy(uidSet(source), A, { uid: true }))) throw new Error(`COPY to ${A} failed`);
  await floor.mailboxOpen(A);
  const uids = await floor.search({ all: true }, { uid: true });
  if (!uids || uids.length !== COUNT) throw new Error(`${A} holds ${uids ? uids.length : 0} messages, not ${COUNT}`);
  return uids;
}
