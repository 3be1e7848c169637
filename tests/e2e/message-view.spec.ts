import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { MessageSummary } from '../../lib/schemas/message-list';
import type { SeededMessage } from '../../scripts/seed/seed-mailbox';
import { MessageListPage } from './pages/message-list-page';
import { MessageViewPage } from './pages/message-view-page';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/** INBOX newest first, as the API lists it: position i is the seeder's index i. */
async function inbox(page: Page): Promise<MessageSummary[]> {
  return (await new MessageListPage(page).fetchPage('INBOX', { limit: '50', sort: 'date', order: 'desc' })).messages;
}

function pick(messages: SeededMessage[], predicate: (message: SeededMessage) => boolean): SeededMessage {
  const found = messages.find(predicate);
  if (!found) throw new Error('the seeder made no such message');
  return found;
}

test('an HTML message renders in a script-less sandboxed frame, with its cid: picture', async ({ signedIn, account, page }) => {
  const seeded = pick(account.messages, (m) => m.kind === 'inline-image');
  const summary = (await inbox(page))[seeded.index];
  const view = new MessageViewPage(page);
  await view.open(summary?.id ?? '');
  await expect(view.subject).toHaveText(seeded.subject);
  const sandbox = (await view.body.getAttribute('sandbox')) ?? '';
  expect(sandbox).not.toContain('allow-scripts');
  await expect(view.frame.locator('body')).not.toBeEmpty();
  const picture = view.frame.locator('img[src*="/parts/"]').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await saveScreenshot(signedIn.page, 'message-html');
});

test('a text message in windows-1251 shows its Cyrillic text', async ({ signedIn, account, page }) => {
  const seeded = pick(account.messages, (m) => m.kind === 'charset' && /1251/.test(m.charset ?? ''));
  const summary = (await inbox(page))[seeded.index];
  const view = new MessageViewPage(page);
  await view.open(summary?.id ?? '');
  const firstLine = (seeded.expectedText ?? '').split(/\r?\n/).find((line) => line.trim()) ?? '-';
  await expect(view.body).toContainText(firstLine.trim());
  await saveScreenshot(signedIn.page, 'message-text');
});

test('an attachment downloads byte for byte', async ({ signedIn, account, page }) => {
  const seeded = pick(account.messages, (m) => (m.attachments ?? []).some((a) => a.contentType === 'application/pdf'));
  const attachment = seeded.attachments?.find((a) => a.contentType === 'application/pdf');
  const summary = (await inbox(page))[seeded.index];
  const view = new MessageViewPage(page);
  await view.open(summary?.id ?? '');
  const link = view.attachments.filter({ hasText: attachment?.filename ?? '-' });
  const [download] = await Promise.all([signedIn.page.waitForEvent('download'), link.click()]);
  const digest = createHash('sha256')
    .update(readFileSync((await download.path()) ?? ''))
    .digest('hex');
  expect(digest).toBe(attachment?.sha256);
});

test('opening an unread message marks it read on the server', async ({ signedIn, page }) => {
  const messages = await inbox(page);
  const unread = messages.find((message) => !message.flags.includes('\\Seen'));
  const list = new MessageListPage(page);
  const view = new MessageViewPage(page);
  await view.open(unread?.id ?? '');
  await expect(list.row(unread?.uid ?? 0)).toHaveAttribute('data-unread', 'false');
  // The row shows read at once (optimistic); the server's answer may come a moment later.
  await expect.poll(async () => (await inbox(page)).find((message) => message.id === unread?.id)?.flags).toContain('\\Seen');
  await expect(signedIn.page.getByTestId('message-error')).toHaveCount(0);
});

test('a change the server refuses rolls back, with a notice, and is not retried in a loop', async ({ signedIn, page }) => {
  // The last unread row: the test above marks the first one read.
  const unread = (await inbox(page)).filter((message) => !message.flags.includes('\\Seen')).at(-1);
  if (!unread) throw new Error('the seeder made no unread message');
  let refused = 0;
  await page.route('**/api/messages', (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback();
    refused += 1;
    return route.fulfill({ status: 503, json: { error: { code: 'IMAP_BUSY', message: 'interrupted' } } });
  });
  const list = new MessageListPage(page);
  await new MessageViewPage(page).open(unread.id);
  const notice = page.getByTestId('change-failed');
  await expect(notice).toContainText("Couldn't mark this message as read");
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(list.row(unread.uid)).toHaveAttribute('data-unread', 'true');
  await saveScreenshot(signedIn.page, 'change-failed');
  expect(refused).toBe(1);
  expect((await inbox(page)).find((message) => message.id === unread.id)?.flags).not.toContain('\\Seen');
});

test('the original message downloads as .eml, byte for byte its IMAP size', async ({ signedIn, page }) => {
  const [newest] = await inbox(page);
  const view = new MessageViewPage(page);
  await view.open(newest?.id ?? '');
  const [download] = await Promise.all([signedIn.page.waitForEvent('download'), page.getByTestId('show-original').click()]);
  expect(download.suggestedFilename()).toBe('message.eml');
  const raw = readFileSync((await download.path()) ?? '');
  expect(raw.length).toBe(newest?.size);
  expect(raw.toString('latin1')).toMatch(/^(?:[\s\S]*\r\n)?Message-ID: /im);
});
