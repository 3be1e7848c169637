import { mailboxId, messageId } from '../../../lib/ids';
import { readEvents } from '../../harness/sse-reader';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import type { OpResult } from '../measure';
import { summarize } from '../stats';
import { READER, SHARED, TEAMMATE, teamFolder } from './shared-change-latency';

const FULL_COUNT = 50;
const TIMEOUT_MS = 10_000;

/**
 * Issue 16's "bob is replying within a second": bob's browser says he started (or stopped)
 * replying to a message of the shared Team folder, and the clock runs from the moment it sends
 * that PUT to carol's live stream delivering the `presence` event. No floor: IMAP has no
 * presence, which is why it rides on Letterbox's own streams (design note B.2).
 */
export async function presenceLatency(ctx: BenchContext, smoke: boolean): Promise<OpResult> {
  const count = smoke ? ctx.reps : FULL_COUNT;
  const uid = await teamFolder();
  const [bob, carol] = [new AppClient(), new AppClient()];
  await bob.signIn(READER, PASSWORD);
  await carol.signIn(TEAMMATE, PASSWORD);
  const abort = new AbortController();
  const samples: number[] = [];
  try {
    const stream = readEvents(await carol.open(`/api/events?mailboxId=${mailboxId(SHARED)}`, abort.signal));
    const { uidValidity } = await bob.json<{ uidValidity: number }>(
      'GET',
      `/api/mailboxes/${mailboxId(SHARED)}/messages?limit=1`,
    );
    const path = `/api/messages/${messageId({ path: SHARED, uidValidity, uid })}/presence`;
    for (let i = 0; i < count + ctx.warmup; i++) {
      const active = i % 2 === 0;
      const heard = stream.next(
        (event) => event.event === 'presence' && (event.data as { active: boolean }).active === active,
        TIMEOUT_MS,
      );
      const sent = performance.now();
      await bob.json('PUT', path, { activity: 'replying', active });
      await heard;
      if (i >= ctx.warmup) samples.push(performance.now() - sent);
    }
  } finally {
    abort.abort();
    await bob.signOut().catch(() => {});
    await carol.signOut().catch(() => {});
  }
  return {
    key: 'presence',
    name: 'Presence: bob starts or stops replying (his PUT sent) → carol’s stream hears it (no IMAP floor)',
    app: summarize(samples),
    floor: null,
    ratio: null,
    extra: { announcements: count },
  };
}
