import type { Browser } from '@playwright/test';
import { mailboxId } from '../../../lib/ids';
import type { MessagesResponse } from '../../../lib/schemas/message-list';
import type { AppClient } from '../app-client';
import { type Summary, summarize } from '../stats';
import { type FolderTarget, switchFolders } from './flow-folders';
import { newMailToPaint } from './flow-new-mail';
import { openMessages } from './flow-open';
import { scrollToEnd } from './flow-scroll';
import { newestSender, searchToRows } from './flow-search';
import { signInToRows, signInWarmToRows } from './flow-sign-in';
import { NoStarControl, starToServer } from './flow-star';
import { firstLoadJs, type JsBytes } from './js-bytes';
import { launchBrowser } from './launch';

export interface BrowserResult {
  inboxSize: number;
  signIn: Summary;
  /** The same in a browser that has signed in before (HTTP and code caches warm). */
  signInWarm: Summary;
  folderFirst: Summary;
  folderBack: Summary;
  /** A folder the mouse rested on (REST_MS) before the click. */
  folderRested: Summary;
  openFirst: Summary;
  openPrefetched: Summary;
  /** A row the mouse rested on (REST_MS) before the click. */
  openRested: Summary;
  scroll: Summary & { rows: number; maxRowsInDom: number };
  /** Star click → a second IMAP session sees \Flagged (polling), and a third in IDLE is told; or why not measured. */
  star: { seen: Summary; pushed: Summary; sent: Summary } | { error: string };
  js: { login: JsBytes; mail: JsBytes };
  /** Issue 13: an outside APPEND's OK → the first frame that paints the new row. */
  newMail: Summary;
  /** Issue 15: Enter in the search box → the first result row painted (a query the server has not seen). */
  search: Summary;
}

export interface BrowserPlan {
  user: string;
  inboxSize: number;
  uidValidity: number;
  scrollUser: string;
  scrollTotal: number;
  reps: number;
  scrollReps: number;
  /** Signed in as `user`, to look up what the pages should show. */
  app: AppClient;
}

/** Folders other than INBOX to switch to, with their newest message. */
const FOLDERS = ['Team Stuff', 'Sent', 'Archive', 'Données clients'];

async function folderTarget(app: AppClient, path: string): Promise<FolderTarget> {
  const id = mailboxId(path);
  const page: MessagesResponse = await app.json('GET', `/api/mailboxes/${id}/messages?limit=1&sort=date&order=desc`);
  const uid = page.messages[0]?.uid;
  if (uid === undefined) throw new Error(`${path} is empty`);
  return { path, mailboxId: id, uid };
}

/** One untimed round of each flow warms the server's routes and Chromium, then the measured rounds. */
export async function browserRun(plan: BrowserPlan, log: (line: string) => void): Promise<BrowserResult> {
  const inbox = await folderTarget(plan.app, 'INBOX');
  const targets = await Promise.all(FOLDERS.map((path) => folderTarget(plan.app, path)));
  const browser = await launchBrowser();
  try {
    await signInToRows(browser, plan.user, inbox);
    const signIns: number[] = [];
    for (let i = 0; i < plan.reps; i++) signIns.push(await signInToRows(browser, plan.user, inbox));
    const warmSignIns = await signInWarmToRows(browser, plan.user, inbox, plan.reps);
    log(
      `browser: sign-in → rows ${summarize(signIns).median.toFixed(0)} ms median, returning browser ${summarize(warmSignIns).median.toFixed(0)}`,
    );
    // One more round than measured, dropped: the first also warms the page's code paths.
    const folderRuns = await switchFolders(browser, plan.user, inbox, targets, plan.reps + 1);
    const folders = { first: folderRuns.first.slice(1), back: folderRuns.back.slice(1), rested: folderRuns.rested.slice(1) };
    log(`browser: folder switch ${summarize(folders.first).median.toFixed(0)} ms median`);
    const openRuns = await openMessages(browser, plan.user, { ...inbox, uidValidity: plan.uidValidity }, plan.reps + 1);
    const opens = { first: openRuns.first.slice(1), prefetched: openRuns.prefetched.slice(1), rested: openRuns.rested.slice(1) };
    log(
      `browser: open ${summarize(opens.first).median.toFixed(0)} / prefetched ${summarize(opens.prefetched).median.toFixed(0)} ms`,
    );
    const star = await starFlow(browser, plan, inbox.mailboxId, log);
    // One more round than measured, dropped, as the other flows.
    const newMail = summarize((await newMailToPaint(browser, plan.user, plan.reps + 1)).slice(1));
    log(`browser: new mail → painted row ${newMail.median.toFixed(0)} ms median`);
    const sender = await newestSender(plan.app, inbox.mailboxId);
    // One more round than measured, dropped, as the other flows.
    const search = summarize((await searchToRows(browser, plan.user, inbox.mailboxId, sender, plan.reps + 1)).slice(1));
    log(`browser: search Enter → first result row (full-text index) ${search.median.toFixed(0)} ms median`);
    const scrolls = await scrollToEnd(browser, plan.scrollUser, plan.scrollTotal, plan.scrollReps);
    const js = await firstLoadJs(browser, plan.user, `/mail/${inbox.mailboxId}`);
    return {
      inboxSize: plan.inboxSize,
      signIn: summarize(signIns),
      signInWarm: summarize(warmSignIns),
      folderFirst: summarize(folders.first),
      folderBack: summarize(folders.back),
      folderRested: summarize(folders.rested),
      openFirst: summarize(opens.first),
      openPrefetched: summarize(opens.prefetched),
      openRested: summarize(opens.rested),
      scroll: {
        ...summarize(scrolls.map((s) => s.ms)),
        rows: plan.scrollTotal,
        maxRowsInDom: Math.max(...scrolls.map((s) => s.maxRows)),
      },
      js,
      star,
      newMail,
      search,
    };
  } finally {
    await browser.close();
  }
}

/** One untimed round, then the measured ones; a build without the row star says so instead of a number. */
async function starFlow(browser: Browser, plan: BrowserPlan, mailboxId: string, log: (line: string) => void) {
  try {
    const runs = await starToServer(browser, plan.user, mailboxId, plan.reps + 1);
    const star = {
      seen: summarize(runs.seen.slice(1)),
      pushed: summarize(runs.pushed.slice(1)),
      sent: summarize(runs.sent.slice(1)),
    };
    const median = (summary: Summary) => summary.median.toFixed(0);
    log(
      `browser: star → second session sees \\Flagged ${median(star.seen)} ms (the PATCH leaves the page at ${median(star.sent)}), ` +
        `IDLE push ${median(star.pushed)} ms`,
    );
    return star;
  } catch (error) {
    if (!(error instanceof NoStarControl)) throw error;
    log(`browser: star flow not measured: ${error.message}`);
    return { error: error.message };
  }
}
