/**
 * `npm run bench:flow -- <flow> [--reps N] [--smoke] [--no-build]`: one of the full bench's browser
 * flows alone, for working on what it measures (a full run takes ten minutes). The same
 * mailbox, build snapshot, server and flow functions as `npm run bench`; it prints the median
 * and the samples and writes nothing: docs/benchmark.md quotes only full runs.
 */
import { mailboxId } from '../../lib/ids';
import type { MessagesResponse } from '../../lib/schemas/message-list';
import { AppClient } from './app-client';
import { switchFolders } from './browser/flow-folders';
import { openMessages } from './browser/flow-open';
import { newestSender, searchToRows } from './browser/flow-search';
import { signInToRows, signInWarmToRows } from './browser/flow-sign-in';
import { launchBrowser } from './browser/launch';
import { snapshotBuild } from './build-snapshot';
import { APP_URL, mailboxes, PASSWORD } from './config';
import { ensureSeeded } from './seed';
import { type AppServer, ensureBuild, ensureDovecot, startApp } from './servers';
import { summarize } from './stats';

const FLOWS = ['sign-in', 'sign-in-warm', 'folders', 'open', 'search'] as const;
type Flow = (typeof FLOWS)[number];

const log = (line: string) => console.log(`bench:flow: ${line}`);
const argv = process.argv.slice(2);
const flow = argv[0] as Flow;
const repsAt = argv.indexOf('--reps');
const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : 10;
if (!FLOWS.includes(flow) || !Number.isInteger(reps) || reps < 1) {
  console.error(`usage: npm run bench:flow -- <${FLOWS.join('|')}> [--reps N] [--smoke] [--no-build] [--load-account]`);
  process.exit(2);
}

let server: AppServer | null = null;
process.once('SIGINT', () => void server?.stop().finally(() => process.exit(130)));
try {
  ensureDovecot();
  // --load-account: the load run's first account (20,000 messages, INBOX only), the size issue 15's search goal names.
  const boxes = mailboxes(argv.includes('--smoke'), { accounts: 1, messages: 20_000 });
  const onLoad = argv.includes('--load-account');
  if (onLoad && flow !== 'search') throw new Error('--load-account has only INBOX: it goes with the search flow');
  const main = onLoad ? (boxes.load[0] ?? boxes.main) : boxes.main;
  await ensureSeeded([main], log);
  ensureBuild(argv.includes('--no-build'), log);
  server = await startApp(await snapshotBuild(log));
  const app = new AppClient(APP_URL);
  await app.signIn(main.user, PASSWORD);
  const newest = async (path: string) => {
    const id = mailboxId(path);
    const page: MessagesResponse = await app.json('GET', `/api/mailboxes/${id}/messages?limit=1&sort=date&order=desc`);
    return { path, mailboxId: id, uid: page.messages[0]?.uid ?? 0, uidValidity: page.uidValidity };
  };
  const inbox = await newest('INBOX');
  const targets = flow === 'folders' ? await Promise.all(['Team Stuff', 'Sent', 'Archive'].map((path) => newest(path))) : [];
  const sender = await newestSender(app, inbox.mailboxId);
  const browser = await launchBrowser();
  try {
    const samples: Record<string, number[]> = {};
    if (flow === 'sign-in') {
      await signInToRows(browser, main.user, inbox);
      samples['sign-in → rows'] = [];
      for (let i = 0; i < reps; i++) samples['sign-in → rows'].push(await signInToRows(browser, main.user, inbox));
    } else if (flow === 'sign-in-warm') {
      samples['sign-in → rows, returning browser'] = await signInWarmToRows(browser, main.user, inbox, reps);
    } else if (flow === 'folders') {
      const runs = await switchFolders(browser, main.user, inbox, targets, reps + 1);
      samples['folder first'] = runs.first.slice(1);
      samples['folder back'] = runs.back.slice(1);
      samples['folder rested'] = runs.rested.slice(1);
    } else if (flow === 'search') {
      samples['search Enter → first row'] = (await searchToRows(browser, main.user, inbox.mailboxId, sender, reps + 1)).slice(1);
    } else {
      const runs = await openMessages(browser, main.user, inbox, reps + 1);
      samples['open first'] = runs.first.slice(1);
      samples['open prefetched'] = runs.prefetched.slice(1);
      samples['open rested'] = runs.rested.slice(1);
    }
    for (const [name, values] of Object.entries(samples)) {
      const summary = summarize(values);
      log(
        `${name}: median ${summary.median.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} (${values.map((v) => v.toFixed(0)).join(' ')})`,
      );
    }
  } finally {
    await browser.close();
  }
  await app.signOut();
  await server.stop();
} catch (error) {
  console.error('bench:flow: failed:', error);
  await server?.stop();
  process.exit(1);
}
