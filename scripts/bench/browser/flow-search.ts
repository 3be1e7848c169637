import type { Browser, Page } from '@playwright/test';
import type { MessagesResponse } from '../../../lib/schemas/message-list';
import type { SearchResponse } from '../../../lib/schemas/search';
import { AppClient } from '../app-client';
import { IMAP_FTS, PASSWORD } from '../config';
import { indexInbox } from '../ops/search-fts';
import { clearHttpCache, LOOK_MS, newPage, parkMouse, signOutFromPage } from './launch';
import { measureInput } from './probe';

/**
 * Enter in the search box → the first result row painted (issue 15's "Enter → first row"), on
 * the fts Dovecot (the same mail behind a full-text index, as the README's production setting):
 * without one, Dovecot's own SORT FROM reads every message's header (1.75 s on 100,000 here,
 * the API rows measure that). Each repetition types a query neither the server nor the page has seen (`from:` the newest
 * INBOX message's sender, `after:` another day of 2000), so the search runs on the IMAP server
 * every time. The row expected first is the API's first answer to `from:` alone, which every
 * query gives too (all the seeded mail is after 2000) but under another cache key.
 */
export async function searchToRows(browser: Browser, user: string, inboxId: string, sender: string, reps: number) {
  const samples: number[] = [];
  await indexInbox(user);
  const app = new AppClient();
  await app.signIn(user, PASSWORD, { port: IMAP_FTS.port });
  const answer = await app.json<SearchResponse>('GET', `/api/search?${new URLSearchParams({ q: `from:${sender}`, limit: '1' })}`);
  const uid = answer.messages[0]?.uid;
  if (uid === undefined) throw new Error(`no INBOX message is from ${sender}`);
  const { context, page } = await newPage(browser);
  try {
    await signInToServer(page, user, IMAP_FTS.port);
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
    await app.signOut().catch(() => undefined);
  }
}

/** The sender of INBOX's newest message: a search that matches on any seed. */
export async function newestSender(app: AppClient, inboxId: string): Promise<string> {
  const page: MessagesResponse = await app.json('GET', `/api/mailboxes/${inboxId}/messages?limit=1&sort=date&order=desc`);
  const sender = page.messages[0]?.from[0]?.address;
  if (!sender) throw new Error('INBOX has no message with a sender');
  return sender;
}

/** Signs in through the API from inside the page (its own Origin and cookie jar), on another of the project's IMAP servers. */
async function signInToServer(page: Page, user: string, port: number): Promise<void> {
  await page.goto('/login');
  const status = await page.evaluate(
    (body) =>
      fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.status),
    JSON.stringify({ user, password: PASSWORD, port }),
  );
  if (status !== 200) throw new Error(`sign-in on port ${port} answered ${status}`);
}
