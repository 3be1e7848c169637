import { AppClient } from './app-client';
import { PASSWORD } from './config';
import type { BenchContext } from './context';
import { discover } from './fixtures';
import { closeFloor, connectFloor } from './floor/connect';
import type { OpResult } from './measure';
import { deepPage } from './ops/deep-page';
import { download } from './ops/download';
import { draftSave } from './ops/draft-save';
import { firstPage } from './ops/first-page';
import { firstPageCold } from './ops/first-page-cold';
import { flagOne } from './ops/flag-one';
import { folderList } from './ops/folder-list';
import { folderListCold } from './ops/folder-list-cold';
import { folderListShared } from './ops/folder-list-shared';
import { httpOverhead } from './ops/http-overhead';
import { moveThousand } from './ops/move-thousand';
import { newMailLatency } from './ops/new-mail-latency';
import { type ImapBytes, openLargeBytes } from './ops/open-large-bytes';
import { openMessage } from './ops/open-message';
import { presenceLatency } from './ops/presence-latency';
import { searchAnywhere, searchFirstPage, searchNextPage } from './ops/search';
import { searchTermsOf, searchWithIndex } from './ops/search-fts';
import { sendLarge } from './ops/send-large';
import { sharedChangeLatency } from './ops/shared-change-latency';
import { signIn } from './ops/sign-in';
import { sortOrder } from './ops/sort-order';
import { cpuMs } from './rss';

export interface ApiResult {
  ops: OpResult[];
  openLargeBytes: ImapBytes;
  uidValidity: number;
}

/** Every API operation against the app and the floor, one after the other, as the same user. */
export async function apiRun(
  user: string,
  serverPid: number,
  plan: { reps: number; warmup: number; smoke: boolean },
  log: (line: string) => void,
): Promise<{ result: ApiResult; app: AppClient }> {
  const app = new AppClient();
  await app.signIn(user, PASSWORD);
  const floor = await connectFloor(user);
  try {
    await floor.mailboxOpen('INBOX');
    const fx = await discover(app, floor);
    const ctx: BenchContext = { user, app, floor, fx, serverPid, reps: plan.reps, warmup: plan.warmup };
    const ops: OpResult[] = [];
    // Server CPU per app request: the server idles during floor runs, so the op's CPU delta over
    // its app requests says how much of the gap to the floor is the server's own work. Only for
    // ops that send nothing but the measured request (no sign-in/sign-out around each run).
    const run = async (work: () => Promise<OpResult>, cpu = true) => {
      const cpuBefore = cpuMs(serverPid);
      const result = await work();
      if (cpu && result.app) {
        const requests = result.app.n + plan.warmup;
        result.extra = { ...result.extra, serverCpuMsPerRequest: (cpuMs(serverPid) - cpuBefore) / requests };
      }
      ops.push(result);
      const app = result.extra?.error ? `not measured (${result.extra.error})` : `${result.app?.median.toFixed(1) ?? '—'} ms`;
      // Memory rows print in every run, smoke too: a send or download that starts buffering shows at once.
      const rss =
        result.extra?.rssGrowthMiB === undefined ? '' : `; server RSS +${Number(result.extra.rssGrowthMiB).toFixed(1)} MiB`;
      log(`${result.name}: app ${app}, floor ${result.floor?.median.toFixed(1) ?? '—'} ms${rss}`);
    };
    await run(() => httpOverhead(ctx));
    await run(() => signIn(ctx), false);
    await run(() => folderList(ctx));
    await run(() => folderListCold(ctx), false);
    // As another user, whom 20 owners shared 200 folders (issue 16).
    await run(() => folderListShared(ctx, plan.smoke), false);
    await run(() => firstPage(ctx));
    await run(() => firstPageCold(ctx), false);
    await run(() => deepPage(ctx));
    await run(() => sortOrder(ctx));
    await run(() => openMessage(ctx, 'open-newest', 'Open the newest message', fx.newest));
    await run(() => openMessage(ctx, 'open-large', 'Open the 20 MiB message (display part)', fx.large));
    const bytes = await openLargeBytes(ctx);
    log(`open 20 MiB message: app pulled ${bytes.appReceived} B from IMAP, floor ${bytes.floorReceived} B`);
    await run(() => download(ctx));
    await run(() => flagOne(ctx));
    // Into Sent and another account's INBOX (the smoke run has one account: its own), cleaned up after.
    await run(() => sendLarge(ctx, plan.smoke ? user : 'bench-5k'));
    await run(() => draftSave(ctx));
    const terms = await searchTermsOf(floor, fx.newest.uid);
    log(`search terms: from:${terms.sender}, word "${terms.word}"`);
    await run(() => searchFirstPage(ctx, 'from-date', terms));
    await run(() => searchNextPage(ctx, terms));
    await run(() => searchFirstPage(ctx, 'word', terms));
    await run(() => searchWithIndex(ctx, terms), false);
    // It selects other folders on the floor and leaves INBOX selected again.
    await run(() => searchAnywhere(ctx, terms));
    // Last: it selects other folders and leaves INBOX selected again for what follows.
    await run(() => moveThousand(ctx), false);
    // Its appends are expunged again at the end, so what follows sees the seeded INBOX.
    await run(() => newMailLatency(ctx, plan.smoke), false);
    // Two other users: alice's change in the folder she shares reaching bob's stream (issue 16).
    await run(() => sharedChangeLatency(ctx, plan.smoke), false);
    // The same with alice in Letterbox too: her server hints it, and bob's feed reads at once.
    await run(() => sharedChangeLatency(ctx, plan.smoke, { hinted: true }), false);
    await run(() => presenceLatency(ctx, plan.smoke), false);
    return { result: { ops, openLargeBytes: bytes, uidValidity: Number(floor.mailbox ? floor.mailbox.uidValidity : 0) }, app };
  } finally {
    await closeFloor(floor);
  }
}
