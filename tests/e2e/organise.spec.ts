import type { Page } from '@playwright/test';
import type { MessageSummary } from '../../lib/schemas/message-list';
import { OrganisePage } from './pages/organise-page';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';
import { appendBulk, createFolder, deleteFolder, serverFlags, serverMessageIds, serverMessages } from './support/server-mailbox';

/**
 * Organising mail end to end: every change made in the browser is read back from Dovecot by
 * an independent IMAP session, never through the API. Each test has its own fresh user.
 */

/** INBOX in the list's order, from the API with the page's session. */
async function inbox(page: Page): Promise<MessageSummary[]> {
  return (await new OrganisePage(page).list.fetchPage('INBOX')).messages;
}

/** A message's Message-ID, as the server reads it (the move tests follow messages across UIDs by it). */
async function messageIdOf(account: { user: string; password: string }, uid: number): Promise<string> {
  const found = (await serverMessages(account, 'INBOX')).find((message) => message.uid === uid);
  if (!found) throw new Error(`no UID ${uid} in INBOX`);
  return found.messageId;
}

test('the star in a row and in the reading pane sets and clears \\Flagged on the server', async ({ page, freshAccount }) => {
  const organise = new OrganisePage(page);
  const [first] = (await inbox(page)).filter((message) => !message.flags.includes('\\Flagged'));
  if (!first) throw new Error('no unflagged message');
  await organise.list.waitForRows();
  const star = organise.star(first.uid);
  await expect(star).toHaveAttribute('aria-pressed', 'false');

  let answered = organise.nextAnswer();
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  expect((await answered).status()).toBe(200);
  expect(await serverFlags(freshAccount, 'INBOX', first.uid)).toContain('\\Flagged');
  // The star click did not open the message.
  await expect(organise.list.selected).toHaveCount(0);

  await organise.list.row(first.uid).click();
  await expect(organise.openStar).toHaveAttribute('aria-pressed', 'true');
  answered = organise.nextAnswer(undefined, '\\Flagged');
  await organise.openStar.click();
  expect((await answered).status()).toBe(200);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  expect(await serverFlags(freshAccount, 'INBOX', first.uid)).not.toContain('\\Flagged');
});

test('mark as unread from the reading pane clears \\Seen on the server and the folder count follows', async ({
  page,
  freshAccount,
}) => {
  const organise = new OrganisePage(page);
  const read = (await inbox(page)).find((message) => message.flags.includes('\\Seen'));
  if (!read) throw new Error('no read message');
  await organise.list.row(read.uid).click();
  const before = await organise.mail.unreadCount('INBOX');
  const answered = organise.nextAnswer(undefined, '\\Seen');
  await organise.action('unread').click();
  expect((await answered).status()).toBe(200);
  await expect(organise.list.row(read.uid)).toHaveAttribute('data-unread', 'true');
  await expect.poll(() => organise.mail.unreadCount('INBOX')).toBe(before + 1);
  expect(await serverFlags(freshAccount, 'INBOX', read.uid)).not.toContain('\\Seen');
});

test('archive moves the open message to Archive, and Undo brings it back to INBOX', async ({ page, freshAccount }) => {
  const organise = new OrganisePage(page);
  const [first, second] = await inbox(page);
  if (!first || !second) throw new Error('INBOX too small');
  const messageId = await messageIdOf(freshAccount, first.uid);
  await organise.list.row(first.uid).click();

  const archived = organise.nextAnswer(/\/api\/messages\/archive$/);
  await organise.action('archive').click();
  await expect(organise.list.row(first.uid)).toHaveCount(0);
  expect((await archived).status()).toBe(200);
  // The next message opens in its place (auto-advance).
  await expect(organise.list.selected).toHaveAttribute('data-uid', String(second.uid));
  await expect(organise.undoToast).toContainText('Archived 1 message');
  expect(await serverMessageIds(freshAccount, 'Archive')).toContain(messageId);
  expect(await serverMessageIds(freshAccount, 'INBOX')).not.toContain(messageId);

  const movedBack = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.undoButton.click();
  expect((await movedBack).status()).toBe(200);
  expect(await serverMessageIds(freshAccount, 'INBOX')).toContain(messageId);
  expect(await serverMessageIds(freshAccount, 'Archive')).not.toContain(messageId);
  // Back in the list, under its new UID, after the refetch.
  await expect(organise.list.rows.filter({ hasText: first.subject || '(no subject)' }).first()).toBeVisible();
  await expect.poll(async () => (await inbox(page)).some((message) => message.subject === first.subject)).toBe(true);
});

test('# deletes the selected messages to Trash, and z undoes it', async ({ page, freshAccount }) => {
  const organise = new OrganisePage(page);
  const [first, second] = await inbox(page);
  if (!first || !second) throw new Error('INBOX too small');
  const ids = [await messageIdOf(freshAccount, first.uid), await messageIdOf(freshAccount, second.uid)];
  await organise.list.waitForRows();
  await organise.checkbox(first.uid).click();
  await organise.checkbox(second.uid).click();
  await expect(organise.selectedCount).toHaveText('2 selected');

  const deleted = organise.nextAnswer(/\/api\/messages\/delete$/);
  await organise.press('#');
  expect((await deleted).status()).toBe(200);
  await expect(organise.list.row(first.uid)).toHaveCount(0);
  await expect(organise.list.row(second.uid)).toHaveCount(0);
  await expect(organise.toolbar).toHaveCount(0);
  const trash = await serverMessageIds(freshAccount, 'Trash');
  for (const id of ids) expect(trash).toContain(id);

  const undone = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.press('z');
  expect((await undone).status()).toBe(200);
  const back = await serverMessageIds(freshAccount, 'INBOX');
  for (const id of ids) expect(back).toContain(id);
  expect(await serverMessageIds(freshAccount, 'Trash')).toEqual(new Set());
});

test('in Trash, delete asks first, then removes the message from the server for good', async ({ page, freshAccount }) => {
  const organise = new OrganisePage(page);
  const [first] = await inbox(page);
  if (!first) throw new Error('INBOX too small');
  const id = await messageIdOf(freshAccount, first.uid);
  await organise.list.waitForRows();
  await organise.checkbox(first.uid).click();
  const deleted = organise.nextAnswer(/\/api\/messages\/delete$/);
  await organise.press('#');
  expect((await deleted).status()).toBe(200);

  const inboxUrl = page.url();
  await organise.press('g', 't');
  await expect(page).not.toHaveURL(inboxUrl);
  const trashUrl = page.url();
  const [inTrash] = (await organise.list.fetchPage('Trash')).messages;
  if (!inTrash) throw new Error('nothing arrived in Trash');
  await organise.list.waitForRows();
  await organise.checkbox(inTrash.uid).click();
  await expect(organise.bulk('delete')).toHaveAccessibleName('Delete forever');
  await organise.bulk('delete').click();
  const dialog = page.getByTestId('delete-forever-dialog');
  await expect(dialog).toContainText('Delete this message forever?');
  await saveScreenshot(page, 'organise-delete-forever-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, 'organise-delete-forever-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'organise-delete-forever-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  // Back to INBOX while the question is open drops it: it was asked about Trash's messages.
  await page.goBack();
  await expect(page).not.toHaveURL(trashUrl);
  await expect(dialog).toHaveCount(0);
  await page.goForward();
  await expect(organise.list.row(inTrash.uid)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await organise.checkbox(inTrash.uid).click();
  await organise.bulk('delete').click();
  // Cancel keeps it, on screen and on the server.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await serverMessageIds(freshAccount, 'Trash')).toContain(id);

  await organise.press('#');
  const expunged = organise.nextAnswer(/\/api\/messages\/delete$/);
  await page.getByTestId('delete-forever-confirm').click();
  expect((await expunged).request().postDataJSON()).toMatchObject({ uids: [inTrash.uid], permanent: true });
  expect((await expunged).status()).toBe(200);
  await expect(organise.list.row(inTrash.uid)).toHaveCount(0);
  expect(await serverMessageIds(freshAccount, 'Trash')).not.toContain(id);
  expect(await serverMessageIds(freshAccount, 'INBOX')).not.toContain(id);
  // Nothing to undo: it is gone.
  await expect(organise.undoToast).toHaveCount(0);
});

test('a row dragged onto a folder of the tree moves there', async ({ page, freshAccount }) => {
  await createFolder(freshAccount, 'Projects');
  const organise = new OrganisePage(page);
  await page.reload();
  const [first] = await inbox(page);
  if (!first) throw new Error('INBOX empty');
  const messageId = await messageIdOf(freshAccount, first.uid);
  await organise.list.waitForRows();

  const moved = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.list.row(first.uid).dragTo(organise.mail.folder('Projects'));
  expect((await moved).status()).toBe(200);
  await expect(organise.list.row(first.uid)).toHaveCount(0);
  expect(await serverMessageIds(freshAccount, 'Projects')).toEqual(new Set([messageId]));
  expect(await serverMessageIds(freshAccount, 'INBOX')).not.toContain(messageId);
});

test('300 rows selected with shift-click move to a folder picked in the Move menu', async ({ page, freshAccount }) => {
  test.setTimeout(90_000);
  await appendBulk(freshAccount, 300);
  await createFolder(freshAccount, 'Projects/2026');
  const organise = new OrganisePage(page);
  await page.reload();
  const all = await organise.list.fetchAll('INBOX');
  const range = all.slice(0, 300);
  const [top] = range;
  const bottom = range.at(-1);
  if (!top || !bottom) throw new Error('INBOX too small');
  await organise.list.waitForRows();
  await organise.checkbox(top.uid).click();
  const row = await organise.reveal(bottom.uid, 299);
  await row.getByTestId('row-checkbox').click({ modifiers: ['Shift'] });
  await expect(organise.selectedCount).toHaveText('300 selected');

  await organise.bulk('move').click();
  await organise.moveFilter.fill('2026');
  await expect(organise.moveMenu.getByTestId('move-target')).toHaveCount(1);
  const moved = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.moveFilter.press('Enter');
  const answer = await moved;
  expect(answer.status()).toBe(200);
  // One request for all 300, never one per message.
  expect((answer.request().postDataJSON() as { uids: number[] }).uids).toHaveLength(300);
  await expect(organise.undoToast).toContainText('Moved 300 messages');

  const wanted = new Set(range.map((message) => message.id));
  const moveIds = await serverMessageIds(freshAccount, 'Projects/2026');
  expect(moveIds.size).toBe(300);
  const left = await serverMessages(freshAccount, 'INBOX');
  expect(left).toHaveLength(all.length - 300);
  expect(left.some((message) => range.some((selected) => selected.uid === message.uid))).toBe(false);
  expect(wanted.size).toBe(300);
});

test('the shortcuts: ? lists them, j/x/s/e/z act on messages, Shift+I and Shift+U mark read and unread', async ({
  page,
  freshAccount,
}) => {
  const organise = new OrganisePage(page);
  const [first, second] = await inbox(page);
  if (!first || !second) throw new Error('INBOX too small');
  await organise.list.waitForRows();
  await organise.list.list.focus();

  await organise.press('Shift+?');
  await expect(organise.shortcutHelp).toBeVisible();
  await expect(organise.shortcutHelp.getByTestId('shortcut-entry').filter({ hasText: 'Archive' })).toContainText('e');
  await expect(organise.shortcutHelp.getByTestId('shortcut-entry').filter({ hasText: 'Mark as read' })).toContainText('Shift+I');
  // Keys do nothing while the overlay is open.
  await organise.press('j');
  await expect(organise.list.selected).toHaveCount(0);
  await organise.press('Escape');
  await expect(organise.shortcutHelp).toBeHidden();

  // j opens the first message (side by side); s stars it.
  await organise.press('j');
  await expect(organise.list.selected).toHaveAttribute('data-uid', String(first.uid));
  // Opening marks it read: let that land first, so the answers below are the shortcuts' own.
  await expect.poll(() => serverFlags(freshAccount, 'INBOX', first.uid)).toContain('\\Seen');
  let answered = organise.nextAnswer(undefined, '\\Flagged');
  await organise.press('s');
  expect((await answered).status()).toBe(200);
  expect(await serverFlags(freshAccount, 'INBOX', first.uid)).toContain('\\Flagged');

  answered = organise.nextAnswer(undefined, '\\Seen');
  await organise.press('Shift+U');
  expect((await answered).status()).toBe(200);
  expect(await serverFlags(freshAccount, 'INBOX', first.uid)).not.toContain('\\Seen');
  answered = organise.nextAnswer();
  await organise.press('Shift+I');
  expect((await answered).status()).toBe(200);
  expect(await serverFlags(freshAccount, 'INBOX', first.uid)).toContain('\\Seen');

  // x ticks the open message, e archives what is ticked, z moves it back.
  await organise.press('x');
  await expect(organise.selectedCount).toHaveText('1 selected');
  const messageId = await messageIdOf(freshAccount, first.uid);
  answered = organise.nextAnswer(/\/api\/messages\/archive$/);
  await organise.press('e');
  expect((await answered).status()).toBe(200);
  expect(await serverMessageIds(freshAccount, 'Archive')).toContain(messageId);
  answered = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.press('z');
  expect((await answered).status()).toBe(200);
  expect(await serverMessageIds(freshAccount, 'INBOX')).toContain(messageId);

  // Never while typing: the Move menu's filter field takes letters as text.
  await organise.press('v');
  await expect(organise.moveFilter).toBeFocused();
  await organise.page.keyboard.type('e#s');
  await expect(organise.moveFilter).toHaveValue('e#s');
  await organise.press('Escape');
  await expect(organise.moveMenu).toHaveCount(0);
  expect(await serverMessageIds(freshAccount, 'Archive')).not.toContain(messageId);
});

test('a move into a folder another client deleted meanwhile is refused: the rows come back with a message', async ({
  page,
  freshAccount,
}) => {
  await createFolder(freshAccount, 'Doomed');
  const organise = new OrganisePage(page);
  await page.reload();
  const [first] = await inbox(page);
  if (!first) throw new Error('INBOX empty');
  await organise.list.row(first.uid).click();
  await organise.action('move').click();
  await expect(organise.moveTarget('Doomed')).toBeVisible();
  // Another client deletes the folder while the menu is open.
  await deleteFolder(freshAccount, 'Doomed');

  const refused = organise.nextAnswer(/\/api\/messages\/move$/);
  await organise.moveTarget('Doomed').click();
  expect((await refused).status()).toBeGreaterThanOrEqual(400);
  await expect(organise.changeFailed).toContainText("Couldn't move this message");
  await expect(organise.list.row(first.uid)).toBeVisible();
  await expect(organise.undoToast).toHaveCount(0);
  expect((await serverMessages(freshAccount, 'INBOX')).map((message) => message.uid)).toContain(first.uid);
});
