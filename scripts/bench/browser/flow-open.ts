import type { Browser, Page } from '@playwright/test';
import { messageId } from '../../../lib/ids';
import { clearHttpCache, LOOK_MS, newPage, parkMouse, restThenClick, signInThroughForm, signOutFromPage } from './launch';
import { measureInput } from './probe';

export interface OpenSamples {
  /** Click on a row whose message this page has not loaded. */
  first: number[];
  /** Click on the row below the open one, which the app prefetched when that one opened. */
  prefetched: number[];
  /** Click on a row the mouse rested on for REST_MS first: the app's hover prefetch at work. */
  rested: number[];
}

/**
 * Click on a row → its text visible. Each repetition reloads INBOX with an empty HTTP cache,
 * opens one of the first rows (a different one each time), waits for the app's prefetch of
 * the neighbour below to arrive, then clicks that neighbour; then rests the mouse on a row four
 * further (out of both opens' prefetch reach) for REST_MS and clicks it.
 */
export async function openMessages(
  browser: Browser,
  user: string,
  inbox: { mailboxId: string; uid: number; uidValidity: number },
  reps: number,
) {
  const samples: OpenSamples = { first: [], prefetched: [], rested: [] };
  const { context, page } = await newPage(browser);
  try {
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      await clearHttpCache(page);
      await parkMouse(page);
      await page.goto(`/mail/${inbox.mailboxId}`);
      await page.locator(`[data-testid="message-row"][data-uid="${inbox.uid}"]`).waitFor();
      await page.waitForTimeout(LOOK_MS);
      // Rows 2..9: in view at 1280×800, and a fresh pair each time.
      const position = 2 + (i % 8);
      const first = await rowAt(page, position, inbox.uidValidity);
      const next = await rowAt(page, position + 1, inbox.uidValidity);
      const prefetch = page.waitForResponse((response) => response.url().includes(`/api/messages/${next.id}`), {
        timeout: 30_000,
      });
      samples.first.push((await measureInput(page, 'body', { id: first.id }, () => first.row.click())).ms);
      await prefetch;
      samples.prefetched.push((await measureInput(page, 'body', { id: next.id }, () => next.row.click())).ms);
      // Rows 2..9 again, never within one of the two opened rows (each prefetches the rows beside it).
      const rested = await rowAt(page, 2 + ((position + 2) % 8), inbox.uidValidity);
      samples.rested.push((await measureInput(page, 'body', { id: rested.id }, () => restThenClick(page, rested.row))).ms);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
  }
}

/** The row at a list position and the opaque id of its message (lib/ids.ts is pure: path, UIDVALIDITY, UID). */
async function rowAt(page: Page, position: number, uidValidity: number) {
  const row = page.locator(`[data-testid="message-row"][aria-posinset="${position}"]`);
  const uid = Number(await row.getAttribute('data-uid'));
  return { row, id: messageId({ path: 'INBOX', uidValidity, uid }) };
}
