import { randomBytes } from 'node:crypto';
import type { MessageSummary } from '../../lib/schemas/message-list';
import { ensureUser } from '../../scripts/imap/users';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { seedMailbox } from '../../scripts/seed/seed-mailbox';
import type { LoginPage } from './pages/login-page';
import type { MailPage } from './pages/mail-page';
import { MailReader } from './pages/mail-reader';
import { MessageListPage } from './pages/message-list-page';
import { expect, test } from './support/fixtures';
import { removeUser } from './support/prune-users';
import { saveReadmePicture, saveScreenshot } from './support/screenshots';

/**
 * The README's pictures (docs/screenshots/), taken on every run so they always show the current
 * app, and a few more views for a person to look at after the run. Each test first asserts the
 * state it photographs, so a picture of a broken or half-loaded page fails instead of passing.
 *
 * The account is made afresh under one fixed name with the seeder's fixed mail, so two runs take
 * the same pictures and git sees a change only when the app's look changes. (The run's own users
 * have random names, and other specs change their flags.)
 */
const READER = { user: 'reader', password: `pw-${randomBytes(12).toString('base64url')}` };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  removeUser(READER.user);
  ensureUser(READER.user, READER.password);
  indexAndSubscribe(await seedMailbox({ user: READER.user, count: 300 }));
});

async function signIn(loginPage: LoginPage, mailPage: MailPage) {
  await loginPage.goto();
  await loginPage.signInAndWait(READER.user, READER.password);
  await mailPage.waitForFolders();
  const list = new MessageListPage(loginPage.page);
  const { messages } = await list.fetchPage('INBOX');
  const unseen = await list.fetchUnseen('INBOX');
  await list.waitForRows();
  return { list, messages, unseen };
}

/**
 * Opens a message that is read already: opening an unread one would change the unread counts a
 * moment later, and a picture taken in that moment would differ from run to run.
 */
async function openRead(
  mailPage: MailPage,
  list: MessageListPage,
  messages: MessageSummary[],
  unseen: number | null,
  open?: MessageSummary,
) {
  if (!open) throw new Error('no such read message on the first page');
  expect(open.flags).toContain('\\Seen');
  await list.scrollToPosition(messages.indexOf(open));
  await list.row(open.uid).click();
  await expect(list.subject).toHaveText(open.subject);
  await new MailReader(list.page).waitForBody(open.id);
  await expect(mailPage.counts).toContainText(`${unseen} unread`);
}

test('light, the list on a desktop', async ({ loginPage, mailPage, page }) => {
  await signIn(loginPage, mailPage);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 245, 247)');
  await expect(mailPage.folders).toBeVisible();
  await expect(mailPage.counts).toBeVisible();
  await expect(mailPage.readingPane).toBeVisible();
  await expect(mailPage.foldersButton).toBeHidden();
  await saveReadmePicture(page, 'list');
});

test('light, a message with attachments open', async ({ loginPage, mailPage, page }) => {
  const { list, messages, unseen } = await signIn(loginPage, mailPage);
  await expect(mailPage.counts).toBeVisible();
  // A letter with attachments, as mail people read every day.
  const withAttachments = messages.find((message) => message.hasAttachments && message.flags.includes('\\Seen'));
  await openRead(mailPage, list, messages, unseen, withAttachments);
  await saveReadmePicture(page, 'message');
  await saveScreenshot(page, 'message-list-light');

  // Further down, rows with the flagged and attachment markers, one of them open.
  const marked = messages.findIndex((message) => message.flags.includes('\\Flagged') && message.hasAttachments);
  const target = messages[marked === -1 ? messages.findIndex((message) => message.flags.includes('\\Flagged')) : marked];
  if (!target) throw new Error('no flagged message on the first page');
  await list.scrollToPosition(messages.indexOf(target));
  await list.row(target.uid).click();
  await expect(list.row(target.uid).getByTestId('star-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(list.subject).toHaveText(target.subject);
  await saveScreenshot(page, 'message-list-markers');
});

test('light, a reply being written beside the message it answers', async ({ loginPage, mailPage, page }) => {
  const { list, messages, unseen } = await signIn(loginPage, mailPage);
  const answered = messages.find((message) => message.flags.includes('\\Seen') && !message.hasAttachments);
  await openRead(mailPage, list, messages, unseen, answered);
  await page.getByTestId('action-reply').click();
  const panel = page.getByTestId('compose-panel');
  await expect(panel.getByTestId('compose-subject')).toHaveValue(/^Re: /);
  await expect(panel.getByTestId('recipient-chip')).toHaveCount(1);
  await expect(panel.getByTestId('compose-editor').locator('blockquote')).toBeVisible();
  await saveReadmePicture(page, 'compose');
  // Closing an untouched reply stores nothing: the account's Drafts stays as seeded for the next run.
  await panel.getByTestId('compose-close').click();
  await expect(panel).toBeHidden();
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('dark, a message open', async ({ loginPage, mailPage, page }) => {
    const { list, messages, unseen } = await signIn(loginPage, mailPage);
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(17, 19, 23)');
    await expect(mailPage.folders).toBeVisible();
    await expect(mailPage.counts).toBeVisible();
    await openRead(
      mailPage,
      list,
      messages,
      unseen,
      messages.find((message) => message.flags.includes('\\Seen')),
    );
    await saveReadmePicture(page, 'dark');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('list first, folders behind the Folders button', async ({ loginPage, mailPage, page }) => {
    await signIn(loginPage, mailPage);
    await expect(mailPage.counts).toBeVisible();
    await expect(mailPage.folders).toBeHidden();
    await expect(mailPage.readingPane).toBeHidden();
    await saveReadmePicture(page, 'phone');

    await mailPage.openFoldersPane();
    await expect(mailPage.folders).toBeVisible();
    await expect(mailPage.folder('INBOX')).toBeVisible();
    await expect(mailPage.listPane).toBeHidden();
    await saveScreenshot(page, 'shell-phone-folders');

    await mailPage.closeFoldersButton.click();
    await expect(page).not.toHaveURL(/[?&]pane=folders/);
    await expect(mailPage.listPane).toBeVisible();
  });
});
