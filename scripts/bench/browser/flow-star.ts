import type { Browser, Page } from '@playwright/test';
import type { ImapFlow } from 'imapflow';
import { closeDirect, connectDirect } from '../../harness/direct-imap';
import { PASSWORD } from '../config';
import { LOOK_MS, newPage, signInThroughForm, signOutFromPage } from './launch';

export interface StarSamples {
  /** Click on a row's star → a second IMAP session polling `UID FETCH … (FLAGS)` sees \Flagged. */
  seen: number[];
  /** The same click → a third session in IDLE (RFC 2177) is told, by an untagged FETCH. */
  pushed: number[];
  /** The same click → the page's PATCH /api/messages starts (Resource Timing `fetchStart`): the browser's share of `seen`. */
  sent: number[];
}

/** The row star another helper adds for issue 11; the flow reports its absence rather than a number. */
const STAR = '[data-testid="star-toggle"]';

/** This build's rows have no star to click: reported in the results, not a harness failure. */
export class NoStarControl extends Error {}
/** Between two polls of the second session: fine enough for a 59 ms goal, and it leaves the two cores to the app. */
const POLL_GAP_MS = 2;
const GIVE_UP_MS = 10_000;

const now = () => performance.timeOrigin + performance.now();

/**
 * Star click → the change is on the server where another client sees it. The click's time is
 * the input event's own timestamp, taken in the page (probe.ts, `input` condition); the moment
 * the second session sees the flag is taken here, in Node. The two clocks are tied together
 * before each click by reading the page's clock between two of Node's (error ≤ half that round
 * trip, well under a millisecond). Each repetition takes the flag off the row's message (untimed,
 * directly over IMAP) and reloads the list first, so the click always sets it.
 */
export async function starToServer(browser: Browser, user: string, mailboxId: string, reps: number): Promise<StarSamples> {
  const samples: StarSamples = { seen: [], pushed: [], sent: [] };
  const { context, page } = await newPage(browser);
  const second = await connectDirect({ user, password: PASSWORD });
  const watcher = await connectDirect({ user, password: PASSWORD });
  try {
    // Read-write: it also takes the flag off between repetitions.
    await second.mailboxOpen('INBOX');
    await watcher.mailboxOpen('INBOX', { readOnly: true });
    let pushedAt: number | null = null;
    watcher.on('flags', (event: { flags?: Set<string> }) => {
      if (pushedAt === null && event.flags?.has('\\Flagged')) pushedAt = now();
    });
    void watcher.idle().catch(() => {});
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      const position = 1 + (i % 8);
      const row = page.locator(`[data-testid="message-row"][aria-posinset="${position}"]`);
      const uid = await row.getAttribute('data-uid');
      if (!uid) throw new Error(`no row at position ${position}`);
      await second.messageFlagsRemove(uid, ['\\Flagged'], { uid: true });
      await page.goto(`/mail/${mailboxId}`);
      const star = row.locator(STAR);
      await star.waitFor({ timeout: 5000 }).catch(() => {
        throw new NoStarControl(`no ${STAR} in the message rows of this build`);
      });
      await page.waitForTimeout(LOOK_MS);
      pushedAt = null;
      const offset = await clockOffset(page);
      await page.evaluate(`window.__benchArm('input', {})`);
      await star.click();
      const seenAt = await pollFlagged(second, uid);
      const input = await inputTime(page);
      samples.seen.push(seenAt + offset - input);
      samples.sent.push((await requestStart(page)) - input);
      const deadline = Date.now() + GIVE_UP_MS;
      while (pushedAt === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      if (pushedAt !== null) samples.pushed.push(pushedAt + offset - input);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
    await closeDirect(second);
    await closeDirect(watcher);
  }
}

/** Page clock minus Node's clock, in ms. */
export async function clockOffset(page: Page): Promise<number> {
  const before = now();
  const pageNow = (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
  return pageNow - (before + now()) / 2;
}

/** Polls `UID FETCH uid (FLAGS)` until \Flagged shows; answers Node's time of the answer that had it. */
async function pollFlagged(client: ImapFlow, uid: string): Promise<number> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const message = await client.fetchOne(uid, { flags: true }, { uid: true });
    const at = now();
    const flags = message ? message.flags : undefined;
    if (flags?.has('\\Flagged')) return at;
    await new Promise((r) => setTimeout(r, POLL_GAP_MS));
  }
  throw new Error(`a second IMAP session never saw \\Flagged on UID ${uid} within ${GIVE_UP_MS / 1000} s`);
}

/** When the page's last `PATCH /api/messages` started (absolute, page clock); its entry appears once the answer is in. */
async function requestStart(page: Page): Promise<number> {
  const script = `(() => {
    const entries = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/messages');
    const last = entries[entries.length - 1];
    return last ? performance.timeOrigin + last.fetchStart : null;
  })()`;
  for (let tries = 0; tries < 200; tries++) {
    const at = (await page.evaluate(script)) as number | null;
    if (at !== null) return at;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the star click sent no PATCH /api/messages');
}

/** The click's timestamp as the page's stopwatch recorded it (absolute, page clock). */
async function inputTime(page: Page): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const raw = (await page.evaluate(`sessionStorage.getItem('__letterboxBench')`)) as string | null;
    const state = raw ? (JSON.parse(raw) as { input: number | null }) : null;
    if (state?.input != null) {
      await page.evaluate(`sessionStorage.removeItem('__letterboxBench')`);
      return state.input;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the page recorded no click');
}
