import type { FlagsEvent } from 'imapflow';
import { mailboxId } from '../../../lib/ids';
import { PUSH_ENTRY } from '../../../lib/live/push-entry';
import { setAclDirect } from '../../harness/direct-acl';
import { closeDirect, connectDirect } from '../../harness/direct-imap';
import { getServerMetadataDirect } from '../../harness/direct-metadata';
import { readEvents } from '../../harness/sse-reader';
import { ensureUser } from '../../imap/users';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { raceToHear } from '../live/race-to-hear';
import type { OpResult } from '../measure';
import type { Summary } from '../stats';

const OWNER = 'bench-team-alice';
export const READER = 'bench-team-bob';
/** A second member, for presence (ops/presence-latency.ts). */
export const TEAMMATE = 'bench-team-carol';
const FOLDER = 'Team';
export const SHARED = `shared/${OWNER}/${FOLDER}`;
const FULL_COUNT = 50;
const TIMEOUT_MS = 10_000;

/**
 * Issue 16's latency: alice, in her own client, flags a message of the Team folder she shares
 * with bob; the clock runs from her STORE's tagged OK to bob's live stream (GET /api/events on
 * `shared/alice/Team`) delivering `message.flags` with the new state. The floor is bob's own
 * imapflow connection in IDLE on the same folder hearing the FETCH: Dovecot's delivery to
 * another user's session is the part IDLE cannot beat. Each round toggles \Flagged, so each
 * is a change (live/race-to-hear.ts times both). `hinted`: alice also has Letterbox open on
 * her Team, so the server's push script tells it of her phone's change as it commits and bob's
 * feed reads at once (lib/live/hint-targets.ts); without it bob hears through IDLE.
 */
export async function sharedChangeLatency(ctx: BenchContext, smoke: boolean, { hinted = false } = {}): Promise<OpResult> {
  const count = smoke ? ctx.reps : FULL_COUNT;
  const uid = await teamFolder();
  const bob = new AppClient();
  await bob.signIn(READER, PASSWORD);
  const abort = new AbortController();
  const aliceInLetterbox = hinted ? await openOwnersStream(abort.signal) : undefined;
  const alice = await connectDirect({ user: OWNER, password: PASSWORD });
  const watcher = await connectDirect({ user: READER, password: PASSWORD });
  let result: { app: Summary; floor: Summary };
  try {
    const stream = readEvents(await bob.open(`/api/events?mailboxId=${mailboxId(SHARED)}`, abort.signal));
    await alice.mailboxOpen(FOLDER);
    await watcher.mailboxOpen(SHARED, { readOnly: true });
    let heard: ((flagged: boolean) => void) | undefined;
    watcher.on('flags', (event: FlagsEvent) => heard?.(event.flags.has('\\Flagged')));
    void watcher.idle().catch(() => {});
    const current = await alice.fetchOne(String(uid), { flags: true }, { uid: true });
    let flagged = current ? (current.flags?.has('\\Flagged') ?? false) : false;
    result = await raceToHear(ctx, count, () => {
      flagged = !flagged;
      const want = flagged;
      return {
        floorHears: new Promise<void>((resolve) => {
          heard = (now) => now === want && resolve();
        }),
        appHears: stream.next((event) => {
          if (event.event !== 'message.flags') return false;
          const data = event.data as { uid: number; flags: string[] };
          return data.uid === uid && data.flags.includes('\\Flagged') === want;
        }, TIMEOUT_MS),
        change: async () => {
          if (want) await alice.messageFlagsAdd(String(uid), ['\\Flagged'], { uid: true });
          else await alice.messageFlagsRemove(String(uid), ['\\Flagged'], { uid: true });
        },
      };
    });
  } finally {
    abort.abort();
    await closeDirect(watcher);
    await closeDirect(alice);
    await bob.signOut().catch(() => {});
    await aliceInLetterbox?.signOut().catch(() => {});
  }
  return {
    key: hinted ? 'shared-change-hinted' : 'shared-change',
    name: hinted
      ? 'Shared folder, alice also in Letterbox (push hint): her phone’s STORE OK → bob hears it (floor: bob IDLE FETCH)'
      : 'Shared folder: alice flags (her STORE OK) → bob hears it (app: SSE message.flags; floor: bob IDLE FETCH)',
    ...result,
    ratio: result.app.median / result.floor.median,
    extra: { changes: count },
  };
}

/** alice with Letterbox open on her Team: once her watcher stored where hints go, her other clients' changes are hinted. */
async function openOwnersStream(signal: AbortSignal): Promise<AppClient> {
  const alice = new AppClient();
  await alice.signIn(OWNER, PASSWORD);
  readEvents(await alice.open(`/api/events?mailboxId=${mailboxId(FOLDER)}`, signal));
  const direct = await connectDirect({ user: OWNER, password: PASSWORD });
  try {
    for (let tries = 0; !(await getServerMetadataDirect(direct, PUSH_ENTRY)); tries++) {
      if (tries > 50) throw new Error('alice’s watcher never stored its push URL');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await closeDirect(direct);
  }
  return alice;
}

/** Idempotent: alice's Team with one message, shared with bob and carol (Triage); returns its UID. */
export async function teamFolder(): Promise<number> {
  for (const user of [OWNER, READER, TEAMMATE]) ensureUser(user, PASSWORD);
  const alice = await connectDirect({ user: OWNER, password: PASSWORD });
  try {
    if (!(await alice.list()).some((entry) => entry.path === FOLDER)) await alice.mailboxCreate(FOLDER);
    for (const member of [READER, TEAMMATE]) await setAclDirect(alice, FOLDER, member, 'lrsw');
    const lock = await alice.getMailboxLock(FOLDER);
    try {
      const uids = await alice.search({ all: true }, { uid: true });
      if (uids && uids.length > 0) return uids[0] as number;
      const appended = await alice.append(
        FOLDER,
        'Subject: Refund for order 1042\r\nFrom: customer@example.com\r\n\r\nHello team.\r\n',
      );
      return Number(appended ? appended.uid : 0);
    } finally {
      lock.release();
    }
  } finally {
    await closeDirect(alice);
  }
}
