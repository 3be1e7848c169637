import type { Browser, Page } from '@playwright/test';
import { closeDirect, connectDirect } from '../../harness/direct-imap';
import { PASSWORD } from '../config';
import { clockOffset } from './flow-star';
import { LOOK_MS, newPage, signInThroughForm, signOutFromPage } from './launch';

const GIVE_UP_MS = 10_000;
const now = () => performance.timeOrigin + performance.now();

/**
 * In the page, as plain JavaScript (see probe.ts): a requestAnimationFrame loop that notes the
 * first frame in which a visible row holds the subject. That frame paints the new row.
 */
const WATCH_FOR = (subject: string) => `(() => {
  window.__newMailPainted = null;
  const subject = ${JSON.stringify(subject)};
  const poll = () => {
    const row = [...document.querySelectorAll('[data-testid="message-row"]')].find((r) => r.textContent.includes(subject));
    if (row && row.getClientRects().length > 0) {
      window.__newMailPainted = performance.timeOrigin + performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

/** The frame time the page noted; read by polling, since waitForFunction's string would be eval, which the CSP forbids. */
async function paintedAt(page: Page): Promise<number> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const at = (await page.evaluate('window.__newMailPainted')) as number | null;
    if (at) return at;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the new row was not painted within ${GIVE_UP_MS / 1000} s`);
}

/**
 * Issue 13's second row: an outside client APPENDs to INBOX while the signed-in page shows it,
 * and the clock runs from the APPEND's tagged OK (Node) to the first frame that paints the new
 * row (the page), the clocks tied together as in flow-star.ts. The appended messages are
 * expunged afterwards, untimed.
 */
export async function newMailToPaint(browser: Browser, user: string, reps: number): Promise<number[]> {
  const samples: number[] = [];
  const { context, page } = await newPage(browser);
  const appender = await connectDirect({ user, password: PASSWORD });
  const appended: number[] = [];
  try {
    await signInThroughForm(page, user);
    await page.locator('[data-testid="connection-status"][data-state="live"]').waitFor({ state: 'attached' });
    for (let i = 0; i < reps; i++) {
      const subject = `Painted ${Date.now()}-${i}`;
      await page.waitForTimeout(LOOK_MS);
      const offset = await clockOffset(page);
      await page.evaluate(WATCH_FOR(subject));
      const result = await appender.append('INBOX', `Subject: ${subject}\r\nFrom: bench@example.org\r\n\r\nHello.\r\n`);
      const ok = now();
      if (result) appended.push(Number(result.uid));
      samples.push((await paintedAt(page)) - offset - ok);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
    if (appended.length > 0) {
      await appender.mailboxOpen('INBOX');
      await appender.messageDelete(appended.join(','), { uid: true });
    }
    await closeDirect(appender);
  }
}
