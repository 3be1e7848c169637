import type { Browser } from '@playwright/test';
import type { SearchResponse } from '../../../lib/schemas/search';
import type { AppClient } from '../app-client';
import { clearHttpCache, LOOK_MS, newPage, parkMouse, signInThroughForm, signOutFromPage } from './launch';
import { measureInput } from './probe';

/**
 * Enter in the search box → the first result row painted (issue 15's "Enter → first row").
 * Each repetition types a query neither the server nor the page has seen (`from:` the newest
 * INBOX message's sender, `after:` another day of 2000), so the search runs on the IMAP server
 * every time. The row expected first is the API's first answer to `from:` alone, which every
 * query gives too (all the seeded mail is after 2000) but under another cache key.
 */
export async function searchToRows(
  browser: Browser,
  user: string,
  app: AppClient,
  inboxId: string,
  sender: string,
  reps: number,
) {
  const samples: number[] = [];
  const answer = await app.json<SearchResponse>('GET', `/api/search?${new URLSearchParams({ q: `from:${sender}`, limit: '1' })}`);
  const uid = answer.messages[0]?.uid;
  if (uid === undefined) throw new Error(`no INBOX message is from ${sender}`);
  const { context, page } = await newPage(browser);
  try {
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      const q = `from:${sender} after:2000/02/${String(1 + (i % 28)).padStart(2, '0')}`;
      await clearHttpCache(page);
      await parkMouse(page);
      await page.goto(`/mail/${inboxId}`);
      await page.locator('[data-testid="message-row"]').first().waitFor();
      await page.waitForTimeout(LOOK_MS);
      const box = page.getByTestId('search-input');
      await box.focus();
      await box.fill(q);
      samples.push((await measureInput(page, 'results', { mailboxId: inboxId, uid }, () => box.press('Enter'))).ms);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
  }
}
