import type { Page } from '@playwright/test';
import type { MessageSummary } from '../../lib/schemas/message-list';
import { LoginPage } from './pages/login-page';
import { MessageListPage } from './pages/message-list-page';
import { MessageViewPage } from './pages/message-view-page';
import { SettingsMenu } from './pages/settings-menu';
import { seededOfKind } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

async function inbox(page: Page): Promise<MessageSummary[]> {
  return (await new MessageListPage(page).fetchPage('INBOX', { limit: '50', sort: 'date', order: 'desc' })).messages;
}

test('a forwarded message attached as .eml opens in place, and Back returns to its parent', async ({
  signedIn,
  account,
  page,
}) => {
  const forward = account.messages.find((message) => message.kind === 'forward');
  const original = forward?.attachedMessage;
  if (!forward || !original) throw new Error('the seeder made no forward');
  const summary = (await inbox(page))[forward.index];
  const view = new MessageViewPage(page);
  await view.open(summary?.id ?? '');
  await expect(view.subject).toHaveText(forward.subject);
  await expect(view.attached).toHaveCount(0);
  await saveScreenshot(signedIn.page, 'message-forward');

  await view.openAttachedLinks.first().click();
  await expect(view.attachedSubject).toHaveText(original.subject);
  await expect(view.attached).toContainText(original.fromAddress);
  await expect(view.frame.locator('body')).toContainText(original.firstParagraph.slice(0, 40));
  expect(new URL(page.url()).searchParams.get('part')).toBe('2');
  await saveScreenshot(signedIn.page, 'message-attached');

  // The browser's Back returns to the parent message, and the close link does too.
  await page.goBack();
  await expect(view.attached).toHaveCount(0);
  await expect(view.subject).toHaveText(forward.subject);
  await page.goForward();
  await expect(view.attachedSubject).toHaveText(original.subject);
  await view.closeAttached.click();
  await expect(view.attached).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('part')).toBeNull();
});

test('with "mark as read when opened" off, opened mail stays unread until the reader marks it', async ({
  // Its own user: the setting lives on the server and would change every other spec's reading.
  freshAccount: _reader,
  page,
}) => {
  const settings = new SettingsMenu(page);
  await settings.open();
  await expect(settings.markSeenOnOpen).toBeChecked();
  await expect(settings.storage).toContainText('mail server');
  await settings.setMarkSeenOnOpen(false);
  await saveScreenshot(page, 'settings');
  await page.keyboard.press('Escape');
  await expect(settings.panel).toBeHidden();

  const unread = (await inbox(page)).find((message) => !message.flags.includes('\\Seen'));
  if (!unread) throw new Error('the seeder made no unread message');
  const list = new MessageListPage(page);
  const view = new MessageViewPage(page);
  await list.row(unread.uid).click();
  await expect(view.subject).toHaveText(unread.subject);
  await expect(view.markRead).toBeVisible();
  await expect(list.row(unread.uid)).toHaveAttribute('data-unread', 'true');
  expect((await inbox(page)).find((message) => message.id === unread.id)?.flags).not.toContain('\\Seen');

  await view.markRead.click();
  await expect(list.row(unread.uid)).toHaveAttribute('data-unread', 'false');
  await expect(view.markRead).toHaveCount(0);
  // The row shows read at once (optimistic); the server's answer may come a moment later.
  await expect.poll(async () => (await inbox(page)).find((message) => message.id === unread.id)?.flags).toContain('\\Seen');

  // Stored on the server: a reload (or another device) keeps it off.
  await page.reload();
  await settings.open();
  await expect(settings.markSeenOnOpen).not.toBeChecked();
});

test('remote content stays blocked, counted, until allowed always for the sender, which every device then follows', async ({
  freshAccount: reader,
  page,
}) => {
  const newsletter = seededOfKind(reader, 'newsletter');

  const summary = (await inbox(page))[newsletter.index];
  const view = new MessageViewPage(page);
  await view.open(summary?.id ?? '');
  // A banner and a tracking pixel, both from remote hosts.
  await expect(page.getByTestId('remote-content-count')).toHaveText('2 remote images blocked to protect your privacy.');
  await expect(view.frame.locator('img[src^="https://"]')).toHaveCount(0);
  await saveScreenshot(page, 'remote-content-blocked');

  await page.getByTestId('remote-content-always').click();
  await expect(view.remoteBanner).toHaveCount(0);
  await expect(view.frame.locator('img[src^="https://cdn.example.com/"]')).toHaveCount(1);

  // Another browser of the same user: the sender is trusted there too, from the server.
  const other = await page
    .context()
    .browser()
    ?.newContext({ baseURL: new URL(page.url()).origin });
  if (!other) throw new Error('no second browser context');
  const second = await other.newPage();
  const secondLogin = new LoginPage(second);
  await secondLogin.goto();
  await secondLogin.signInAndWait(reader.user, reader.password);
  const secondView = new MessageViewPage(second);
  await secondView.open(summary?.id ?? '');
  await expect(secondView.frame.locator('img[src^="https://cdn.example.com/"]')).toHaveCount(1);
  await expect(secondView.remoteBanner).toHaveCount(0);
  await other.close();
});
