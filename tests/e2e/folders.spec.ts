import { mailboxId } from '../../lib/ids';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { FolderActionsPage } from './pages/folder-actions-page';
import type { MailPage } from './pages/mail-page';
import type { TestAccount } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/** The folder tree as a second IMAP client (not the app) sees it: existing folders and subscriptions. */
function onServer(account: TestAccount) {
  return withDirectImap(account, async (imap) => {
    const entries = await imap.list();
    return {
      existing: entries.filter((e) => e.listed && !e.flags.has('\\NonExistent')).map((e) => e.path),
      subscribed: entries.filter((e) => e.subscribed).map((e) => e.path),
    };
  });
}

/** Folders made behind the app's back, then the page reloaded so the tree shows them. */
async function withFolders(account: TestAccount, mailPage: MailPage, paths: string[], open?: string) {
  await withDirectImap(account, async (imap) => {
    for (const path of paths) await imap.mailboxCreate(path);
    if (open) await imap.append(open, 'Subject: kept\r\n\r\nHello.\r\n');
  });
  await mailPage.goto(open ?? 'INBOX');
  await mailPage.waitForFolders();
}

test('creates a folder and a subfolder, which another IMAP client then lists, subscribed', async ({
  freshAccount,
  mailPage,
  page,
}) => {
  const folders = new FolderActionsPage(page);
  await folders.newFolderButton.click();
  await expect(folders.nameDialog).toBeVisible();
  await expect(folders.nameInput).toBeFocused();
  await folders.nameInput.fill('Reisen/Köln');
  await page.getByTestId('folder-name-submit').click();
  await expect(folders.nameProblem).toContainText('cannot contain “/”');
  await saveScreenshot(page, 'folders-name-problem');
  await folders.submitName('Reisen', 'POST');
  await expect(mailPage.folder('Reisen')).toBeVisible();

  await folders.openMenu('Reisen');
  await saveScreenshot(page, 'folders-menu');
  await folders.choose('New subfolder');
  await folders.submitName('Köln 2026', 'POST');
  await expect(mailPage.folder('Reisen/Köln 2026')).toBeVisible();

  const server = await onServer(freshAccount);
  expect(server.existing).toEqual(expect.arrayContaining(['Reisen', 'Reisen/Köln 2026']));
  expect(server.subscribed).toEqual(expect.arrayContaining(['Reisen', 'Reisen/Köln 2026']));
});

test('renames the open folder with a child; the page follows to its new id', async ({ freshAccount, mailPage, page }) => {
  await withFolders(freshAccount, mailPage, ['Projekt', 'Projekt/Belege'], 'Projekt');
  const folders = new FolderActionsPage(page);
  await folders.openMenu('Projekt');
  await folders.choose('Rename');
  await expect(folders.nameInput).toHaveValue('Projekt');
  await saveScreenshot(page, 'folders-rename-dialog');
  await folders.submitName('Zürich ✈', 'PATCH');

  await expect(page).toHaveURL(new RegExp(`/mail/${mailboxId('Zürich ✈')}$`));
  await expect(mailPage.folder('Zürich ✈')).toHaveAttribute('aria-current', 'page');
  await expect(mailPage.folder('Zürich ✈/Belege')).toBeVisible();
  await expect(mailPage.folder('Projekt')).toHaveCount(0);
  const server = await onServer(freshAccount);
  expect(server.existing).toEqual(expect.arrayContaining(['Zürich ✈', 'Zürich ✈/Belege']));
  expect(server.existing).not.toContain('Projekt');
  expect(server.subscribed).toEqual(expect.arrayContaining(['Zürich ✈', 'Zürich ✈/Belege']));
});

test('deletes the open folder with its subfolder and message after saying so; the page goes to INBOX', async ({
  freshAccount,
  mailPage,
  page,
}) => {
  await withFolders(freshAccount, mailPage, ['Alt', 'Alt/Kind'], 'Alt');
  const folders = new FolderActionsPage(page);
  await folders.openMenu('Alt');
  await folders.choose('Delete');
  await expect(folders.deleteDialog).toContainText('1 message and 1 subfolder will be deleted');
  await saveScreenshot(page, 'folders-delete-dialog');
  await folders.confirmDelete();

  await expect(page).toHaveURL(new RegExp(`/mail/${mailboxId('INBOX')}$`));
  await expect(mailPage.folder('Alt')).toHaveCount(0);
  const server = await onServer(freshAccount);
  expect(server.existing.filter((path) => path.startsWith('Alt'))).toEqual([]);
  expect(server.subscribed.filter((path) => path.startsWith('Alt'))).toEqual([]);
});

test('a rename of a folder another client deleted meanwhile rolls back with a message', async ({
  freshAccount,
  mailPage,
  page,
}) => {
  // Without the live stream, as a window whose stream is down would be: with it, the deletion is
  // announced and the folder leaves the tree before the menu opens (live-sync.spec.ts tests that).
  await page.route('**/api/events**', (route) => route.abort());
  await withFolders(freshAccount, mailPage, ['Weg']);
  await withDirectImap(freshAccount, (imap) => imap.mailboxDelete('Weg'));
  const folders = new FolderActionsPage(page);
  await folders.openMenu('Weg');
  await folders.choose('Rename');
  await folders.submitName('Neu', 'PATCH');
  await expect(folders.notice).toContainText("Couldn't rename the folder");
  await expect(mailPage.folder('Neu')).toHaveCount(0);
  expect((await onServer(freshAccount)).existing).not.toContain('Neu');
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the folder menu and the delete dialog, dark', async ({ freshAccount, mailPage, page }) => {
    await withFolders(freshAccount, mailPage, ['Alt']);
    const folders = new FolderActionsPage(page);
    await folders.openMenu('Alt');
    await saveScreenshot(page, 'folders-menu-dark');
    await folders.choose('Delete');
    await expect(folders.deleteDialog).toContainText('The folder is empty.');
    await saveScreenshot(page, 'folders-delete-dialog-dark');
    await page.keyboard.press('Escape');
    await expect(folders.deleteDialog).toHaveCount(0);
    expect((await onServer(freshAccount)).existing).toContain('Alt');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  test('the folder menu and the new-folder dialog on a phone', async ({ freshAccount, mailPage, page }) => {
    await withFolders(freshAccount, mailPage, ['Alt']);
    await mailPage.openFoldersPane();
    const folders = new FolderActionsPage(page);
    await folders.openMenu('Alt');
    await saveScreenshot(page, 'folders-menu-phone');
    await folders.choose('New subfolder');
    await folders.nameInput.fill('Kind');
    await saveScreenshot(page, 'folders-name-dialog-phone');
    await folders.submitName('Kind', 'POST');
    expect((await onServer(freshAccount)).existing).toContain('Alt/Kind');
  });
});
