import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mailboxId } from '../../lib/ids';
import { MailReader } from './pages/mail-reader';
import { expect, test } from './support/fixtures';
import { deletedMessageId, messageAt } from './support/message-at';

/** The 1,200th message of the 2,000 (newest first): 24 list pages away from what the list loads first. */
const POSITION = 1_199;

/** A fresh context (its own cookies and HTTP cache), signed in through the API: no page of the app, and no folder, was opened in it. */
async function freshSignedIn(browser: Browser, user: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const origin = new URL(baseURL ?? '').origin;
  const response = await context.request.post('/api/session', { data: { user, password }, headers: { Origin: origin } });
  expect(response.status(), await response.text()).toBe(200);
  return { context, page: await context.newPage() };
}

const messageUrl = (id: string) => `/mail/${mailboxId('INBOX')}/${id}`;

test('a link to the 1,200th message of a 2,000-message folder opens it in a fresh browser', async ({ browser, account }) => {
  const { large } = account;
  const target = await messageAt(large.user, large.password, POSITION);
  // Three words of one line of its text: the same in the text part and in the HTML alternative.
  const words = /\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\b/.exec(target.text)?.[0];
  if (!words) throw new Error(`message ${target.ref.uid} has no three plain words to look for`);

  const { context, page } = await freshSignedIn(browser, large.user, large.password);
  try {
    await page.goto(messageUrl(target.id));
    const reader = new MailReader(page);
    await reader.waitForBody(target.id);
    await expect(reader.view.subject).toHaveText(target.subject);
    const frame = await reader.frame();
    await expect(frame ? reader.view.frame.locator('body') : reader.view.body).toContainText(words);
    // The list loaded its first page only: the message was opened without its row.
    await reader.list.rows.first().waitFor();
    await expect(reader.list.row(target.ref.uid)).toHaveCount(0);
    await expect(page.getByTestId('message-not-found')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a link to a message deleted meanwhile says it does not exist', async ({ browser, account }) => {
  const { large } = account;
  const id = await deletedMessageId(large.user, large.password);

  const { context, page } = await freshSignedIn(browser, large.user, large.password);
  try {
    await page.goto(messageUrl(id));
    const notFound = page.getByTestId('message-not-found');
    await expect(notFound).toBeVisible();
    await expect(notFound).toContainText("This message doesn't exist");
    await expect(notFound).toContainText('moved or deleted');
    await expect(page.getByTestId('message-subject')).toHaveCount(0);
    await expect(page.getByTestId('message-error')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
