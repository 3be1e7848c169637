import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type AppServer, startApp } from '../../scripts/harness/app';
import { connectDirect } from '../../scripts/harness/direct-imap';
import { LOOPBACK, PORTS } from '../../scripts/harness/ports';
import { dataDir } from '../../scripts/imap/paths';
import { LoginPage } from './pages/login-page';
import { MailPage } from './pages/mail-page';
import { MessageListPage } from './pages/message-list-page';
import { OrganisePage } from './pages/organise-page';
import { SettingsMenu } from './pages/settings-menu';
import { createAccount, type TestAccount } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/**
 * Live sync end to end: changes made by another browser of the same user, or delivered by an
 * outside IMAP client, show in every open window with no user action, and a window whose
 * server is gone says so until it is back.
 */

/** An outside client delivers one unread message to INBOX; its UID. */
async function deliver(account: TestAccount, subject: string): Promise<number> {
  const imap = await connectDirect(account);
  try {
    const appended = await imap.append('INBOX', `From: Grace <grace@example.org>\r\nSubject: ${subject}\r\n\r\nLive.\r\n`);
    return Number(appended ? appended.uid : 0);
  } finally {
    await imap.logout();
  }
}

/** INBOX's unseen count as another IMAP client reads it. */
async function serverUnseen(account: TestAccount): Promise<number> {
  const imap = await connectDirect(account);
  try {
    const status = await imap.status('INBOX', { unseen: true });
    return status ? (status.unseen ?? 0) : 0;
  } finally {
    await imap.logout();
  }
}

const live = (page: Page) => expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');

async function secondWindow(browser: Browser, account: TestAccount, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWait(account.user, account.password);
  await new MailPage(page).waitForFolders();
  return page;
}

test('two windows of one user: an archive in one removes the row in the other; new mail shows in both with counts and title', async ({
  page,
  browser,
  freshAccount,
}) => {
  const other = await secondWindow(browser, freshAccount);
  const [one, two] = [new OrganisePage(page), new OrganisePage(other)];
  await Promise.all([one.list.waitForRows(), two.list.waitForRows(), live(page), live(other)]);
  const [first] = (await one.list.fetchPage('INBOX')).messages;
  if (!first) throw new Error('INBOX is empty');
  await expect(two.list.row(first.uid)).toBeVisible();

  await one.list.row(first.uid).click();
  const answered = one.nextAnswer();
  await one.action('archive').click();
  expect((await answered).status()).toBe(200);
  // The other window did nothing: the server's expunge reached it.
  await expect(two.list.row(first.uid)).toHaveCount(0);

  const uid = await deliver(freshAccount, 'Delivered while you watch');
  // The count the server holds now (the archived message was opened, so read, before it left).
  const unread = await serverUnseen(freshAccount);
  for (const window of [page, other]) {
    const list = new MessageListPage(window);
    await expect(list.row(uid)).toBeVisible();
    await expect(list.row(uid)).toContainText('Delivered while you watch');
    await expect.poll(() => new MailPage(window).unreadCount('INBOX')).toBe(unread);
    await expect(window).toHaveTitle(`(${unread}) Inbox · Letterbox`);
  }
  await saveScreenshot(other, 'live-new-mail-light');
  await other.context().close();
});

test('new mail keeps a reader scrolled down where they are, with their ticks', async ({ page, freshAccount }) => {
  const list = new MessageListPage(page);
  const organise = new OrganisePage(page);
  await Promise.all([list.waitForRows(), live(page)]);
  const { messages } = await list.fetchPage('INBOX');
  const ticked = messages[8];
  if (!ticked) throw new Error('INBOX too small');
  await list.scrollBy(4 * MessageListPage.ROW_HEIGHT);
  await organise.checkbox(ticked.uid).click();
  const before = await list.row(ticked.uid).boundingBox();
  const uid = await deliver(freshAccount, 'Arrives above the fold');
  // Inserted at the top, out of view: the list holds one more row, and the view did not move.
  await expect.poll(async () => (await list.fetchPage('INBOX')).messages[0]?.uid).toBe(uid);
  await expect(list.list).toHaveAttribute('data-total', String(messages.length + 1));
  const after = await list.row(ticked.uid).boundingBox();
  expect(after?.y).toBe(before?.y);
  await expect(organise.checkbox(ticked.uid)).toBeChecked();
  await list.scrollToPosition(0);
  await expect(list.row(uid)).toBeVisible();
});

test.describe('a server that goes away', () => {
  let server: AppServer | undefined;
  const port = PORTS.e2eRestart;
  const env = {
    NODE_ENV: 'production',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'e2e-restart-session-secret-0123456789abcdefghij',
    IMAP_HOST: LOOPBACK,
    IMAP_PORT: String(PORTS.imap),
    IMAP_TLS: 'false',
  };
  const log = resolve(dataDir, 'test-logs', 'e2e-restart-app.log');
  test.afterEach(async () => {
    await server?.stop();
  });

  test('shows the offline banner while the server is stopped (light, dark, phone) and clears it when it is back', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const account = await createAccount('offline');
    server = await startApp({ port, env, log });
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWait(account.user, account.password);
    await new MessageListPage(page).waitForRows();
    await live(page);
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);

    await server.stop();
    const banner = page.getByTestId('connection-banner');
    await expect(banner).toHaveText('Offline — reconnecting…', { timeout: 15_000 });
    // One outage, looked at in each scheme and on a phone's width (one restart instead of three).
    await saveScreenshot(page, 'live-offline-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'live-offline-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(banner).toBeVisible();
    await saveScreenshot(page, 'live-offline-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    server = await startApp({ port, env, log });
    // Reconnects by itself (backoff at most 30 s), then the banner goes and the stream is live again.
    await expect(banner).toHaveCount(0, { timeout: 45_000 });
    await live(page);
    const uid = await deliver(account, 'After the restart');
    await expect(new MessageListPage(page).row(uid)).toBeVisible();
    await context.close();
  });
});

test('a folder another client deletes while it is open says so at once, and leaves the folder tree', async ({
  page,
  freshAccount,
}) => {
  const mail = new MailPage(page);
  const imap = await connectDirect(freshAccount);
  try {
    await imap.mailboxCreate('Doomed');
    await imap.append('Doomed', 'Subject: Soon gone\r\n\r\nBye.\r\n');
  } finally {
    await imap.logout();
  }
  await mail.goto('Doomed');
  await expect(new MessageListPage(page).rows.first()).toContainText('Soon gone');
  await live(page);
  const other = await connectDirect(freshAccount);
  try {
    await other.mailboxDelete('Doomed');
  } finally {
    await other.logout();
  }
  await expect(page.getByTestId('mailbox-not-found')).toBeVisible();
  await expect(mail.folder('Doomed')).toHaveCount(0);
  // The stream the server ended is asked for once more (EventSource reconnects by itself), is
  // refused with 404, and then left alone: no retry every 30 s for a folder that is gone.
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'gone');
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/events')) asked.push(request.url());
  });
  await page.waitForTimeout(3_000);
  expect(asked).toEqual([]);
});

test('a flag set by another client shows on the row without a reload', async ({ page, freshAccount }) => {
  const organise = new OrganisePage(page);
  await Promise.all([organise.list.waitForRows(), live(page)]);
  const target = (await organise.list.fetchPage('INBOX')).messages.find((message) => !message.flags.includes('\\Flagged'));
  if (!target) throw new Error('no unflagged message');
  await expect(organise.star(target.uid)).toHaveAttribute('aria-pressed', 'false');
  const imap = await connectDirect(freshAccount);
  try {
    await imap.mailboxOpen('INBOX');
    await imap.messageFlagsAdd(String(target.uid), ['\\Flagged'], { uid: true });
  } finally {
    await imap.logout();
  }
  await expect(organise.star(target.uid)).toHaveAttribute('aria-pressed', 'true');
});

/**
 * Records every desktop notification the page makes, and lets the test say the tab is hidden:
 * Chromium under test is never a background tab by itself. Runs before the app's scripts.
 */
const NOTIFICATION_SPY = `
  window.__shown = [];
  const Real = window.Notification;
  window.Notification = class extends Real {
    constructor(title, options) {
      window.__shown.push({ title, body: options && options.body });
      super(title, options);
    }
  };
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get: () => (window.__hidden ? 'hidden' : 'visible'),
  });
`;

const shown = (page: Page) => page.evaluate('window.__shown') as Promise<Array<{ title: string; body: string }>>;

test('a hidden tab notifies new mail: sender and subject in the open Inbox, a count for the Inbox while another folder is open', async ({
  page,
  context,
  freshAccount,
}) => {
  await context.grantPermissions(['notifications']);
  await context.addInitScript(NOTIFICATION_SPY);
  const mail = new MailPage(page);
  await mail.goto('INBOX');
  await mail.waitForFolders();
  const settings = new SettingsMenu(page);
  await settings.open();
  const toggle = page.getByTestId('setting-new-mail-notifications');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PATCH');
  await toggle.click();
  await saved;
  await page.keyboard.press('Escape');
  await live(page);

  // Visible: the row shows, nothing pops up.
  const onScreen = await deliver(freshAccount, 'Seen on screen');
  await expect(new MessageListPage(page).row(onScreen)).toBeVisible();
  await page.evaluate('window.__hidden = true');
  await deliver(freshAccount, 'While you were away');
  await expect.poll(() => shown(page)).toEqual([{ title: 'Grace', body: 'While you were away' }]);

  await page.evaluate('window.__hidden = false');
  await mail.openFolder('Archive');
  await live(page);
  // The Inbox's count is read again as the Archive's stream opens: the mail that came while the
  // Inbox was open counts, not only what the next change says.
  const unseen = await serverUnseen(freshAccount);
  await expect.poll(() => mail.unreadCount('INBOX')).toBe(unseen);
  await page.evaluate('window.__hidden = true');
  await deliver(freshAccount, 'Into the Inbox');
  await expect
    .poll(() => shown(page), { timeout: 15_000 })
    .toEqual([
      { title: 'Grace', body: 'While you were away' },
      { title: 'New mail in Inbox', body: '1 new message' },
    ]);
});

for (const look of [
  { name: 'light', options: { colorScheme: 'light' as const } },
  { name: 'dark', options: { colorScheme: 'dark' as const } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
]) {
  test.describe(look.name, () => {
    test.use(look.options);
    test(`the new-mail notifications switch asks the browser only when turned on (${look.name})`, async ({
      page,
      context,
      freshAccount: _,
    }) => {
      const settings = new SettingsMenu(page);
      await settings.open();
      const toggle = page.getByTestId('setting-new-mail-notifications');
      await expect(toggle).not.toBeChecked();
      // Nothing asked on load: the permission is still the browser's default.
      expect(await page.evaluate('Notification.permission')).toBe('default');
      await context.grantPermissions(['notifications']);
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PATCH');
      await toggle.click();
      await saved;
      await expect(toggle).toBeChecked();
      await saveScreenshot(page, `live-notifications-setting-${look.name}`);
    });
  });
}
