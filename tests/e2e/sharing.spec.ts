import type { Browser, Page } from '@playwright/test';
import { mailboxId as mailboxIdOf } from '../../lib/ids';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { PORTS } from '../../scripts/harness/ports';
import { ComposePage } from './pages/compose-page';
import { FolderActionsPage } from './pages/folder-actions-page';
import { MailPage } from './pages/mail-page';
import { MessageListPage } from './pages/message-list-page';
import { createAccount, type TestAccount } from './support/accounts';
import { aclOnServer, shareOnServer } from './support/acl-on-server';
import { expect, test } from './support/fixtures';
import { saveScreenshot, showAs } from './support/screenshots';

/** A second person's browser, signed in through the API (sign-in.spec.ts tests the form). */
async function windowOf(browser: Browser, account: TestAccount, baseURL?: string, port?: number): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const origin = new URL(baseURL ?? '').origin;
  const signedIn = await page.request.post('/api/session', {
    data: { user: account.user, password: account.password, ...(port ? { port } : {}) },
    headers: { Origin: origin },
  });
  expect(signedIn.status()).toBe(200);
  await page.goto('/mail');
  await new MailPage(page).waitForFolders();
  return page;
}

const answer = (page: Page, method: 'PUT' | 'DELETE') =>
  page.waitForResponse((response) => response.url().includes('/acl/') && response.request().method() === method);

test('alice shares Team with bob from its menu; bob’s open window gains and loses it live; the server holds each change', async ({
  page,
  browser,
  baseURL,
  freshAccount: alice,
  mailPage,
}) => {
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    await imap.append('Team', 'Subject: Refund for order 1042\r\nFrom: customer@example.com\r\n\r\nHello team.\r\n');
  });
  const bob = await createAccount('bob', 1);
  const bobPage = await windowOf(browser, bob, baseURL);
  const bobsTeam = new MailPage(bobPage).folder(`shared/${alice.user}/Team`);
  await mailPage.goto('INBOX');
  await mailPage.waitForFolders();

  const folders = new FolderActionsPage(page);
  await folders.openMenu('Team');
  await folders.choose('Sharing…');
  const dialog = page.getByTestId('sharing-dialog');
  await expect(dialog.getByTestId('sharing-entry')).toHaveCount(1);
  await expect(dialog.getByTestId('sharing-entry').first()).toContainText('(you)');

  await dialog.getByTestId('share-identifier').fill('two words');
  await dialog.getByTestId('share-submit').click();
  await expect(dialog.getByTestId('share-problem')).toBeVisible();

  await dialog.getByTestId('share-identifier').fill(bob.user);
  const granted = answer(page, 'PUT');
  await dialog.getByTestId('share-submit').click();
  expect((await granted).status()).toBe(200);
  const bobsEntry = dialog.locator(`[data-testid="sharing-entry"][data-identifier="${bob.user}"]`);
  await expect(bobsEntry.getByTestId('sharing-entry-preset')).toHaveValue('read');
  expect(await aclOnServer(alice, 'Team')).toMatchObject({ [bob.user]: 'lrs' });
  // Bob's window was open all along: the live stream's `mailboxes` event brings the folder.
  await expect(bobPage.getByTestId('shared-with-me')).toContainText(alice.user);
  await expect(bobsTeam).toBeVisible();
  await saveScreenshot(bobPage, 'sharing-shared-with-me-light');

  await saveScreenshot(page, 'sharing-dialog-light');
  await showAs(page, 'dark');
  await saveScreenshot(page, 'sharing-dialog-dark');
  await showAs(page, 'light');

  const changed = answer(page, 'PUT');
  await bobsEntry.getByTestId('sharing-entry-preset').selectOption('contribute');
  expect((await changed).status()).toBe(200);
  await expect(bobsEntry.getByTestId('sharing-entry-preset')).toHaveValue('contribute');
  // Dovecot adds the obsolete `d` beside t and e (RFC 4314 §2.1.1).
  expect(await aclOnServer(alice, 'Team')).toMatchObject({ [bob.user]: 'deilrstw' });

  const removed = answer(page, 'DELETE');
  await bobsEntry.getByTestId('sharing-entry-remove').click();
  expect((await removed).status()).toBe(200);
  await expect(bobsEntry).toHaveCount(0);
  expect(Object.keys(await aclOnServer(alice, 'Team'))).not.toContain(bob.user);
  await expect(bobsTeam).toHaveCount(0);

  // On a phone the folder pane holds the menu: share again from there, as Triage.
  await dialog.getByTestId('share-identifier').press('Escape');
  await expect(dialog).toHaveCount(0);
  await showAs(page, 'phone');
  await mailPage.openFoldersPane();
  await folders.openMenu('Team');
  await folders.choose('Sharing…');
  await dialog.getByTestId('share-identifier').fill(bob.user);
  await dialog.getByTestId('share-preset').selectOption('triage');
  const again = answer(page, 'PUT');
  await dialog.getByTestId('share-submit').click();
  expect((await again).status()).toBe(200);
  await expect(bobsEntry.getByTestId('sharing-entry-preset')).toHaveValue('triage');
  await saveScreenshot(page, 'sharing-dialog-phone');
  expect(await aclOnServer(alice, 'Team')).toMatchObject({ [bob.user]: 'lrsw' });
  await expect(bobsTeam).toBeVisible();
  await bobPage.context().close();
});

test('bob, with Read only, gets no menu on alice’s folder, which shows under Shared with me', async ({ browser, baseURL }) => {
  const [alice, bob] = await Promise.all([createAccount('alice', 1), createAccount('bob', 1)]);
  // Granted by another client (not the app) before bob signs in: Dovecot lists a share to the
  // sessions that start after it (lib/imap/connection/pool.ts, retireConnectionsOf).
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    const exec = (imap as unknown as { exec: (c: string, a: unknown[], o: object) => Promise<{ next: () => void }> }).exec;
    const done = await exec.call(
      imap,
      'SETACL',
      ['Team', bob.user, 'lrs'].map((value) => ({ type: 'STRING', value })),
      {},
    );
    done.next();
  });
  const page = await windowOf(browser, bob, baseURL);
  const mailPage = new MailPage(page);
  const team = mailPage.folder(`shared/${alice.user}/Team`);
  await expect(page.getByTestId('shared-with-me').getByTestId('mailbox-item').filter({ hasText: 'Team' })).toBeVisible();
  await team.hover();
  await expect(page.getByRole('listitem').filter({ has: team }).getByTestId('folder-menu-button')).toHaveCount(0);
  // Its own folders still have their menu.
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: mailPage.folder('Archive') })
      .getByTestId('folder-menu-button'),
  ).toHaveCount(1);
  await saveScreenshot(page, 'sharing-read-only-folder-light');
  await showAs(page, 'dark');
  await saveScreenshot(page, 'sharing-read-only-folder-dark');
  await showAs(page, 'phone');
  await mailPage.openFoldersPane();
  await expect(page.getByTestId('shared-with-me')).toBeVisible();
  await saveScreenshot(page, 'sharing-read-only-folder-phone');
  await page.context().close();
});

test('rights drive bob’s controls: Read offers no delete, move, star or label; Contribute does; a revoke says access removed', async ({
  browser,
  baseURL,
}) => {
  const [alice, bob] = await Promise.all([createAccount('alice', 1), createAccount('bob', 1)]);
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    for (const n of [1, 2]) await imap.append('Team', `Subject: Ticket ${n}\r\nFrom: customer@example.com\r\n\r\nHelp ${n}.\r\n`);
  });
  await shareOnServer(alice, 'Team', bob.user, 'lrs');
  const page = await windowOf(browser, bob, baseURL);
  const mailPage = new MailPage(page);
  const list = new MessageListPage(page);
  await mailPage.openFolder(`shared/${alice.user}/Team`);
  await list.row(2).click();
  const bar = page.getByTestId('message-actions');
  for (const action of ['archive', 'delete', 'junk', 'move']) await expect(bar.getByTestId(`action-${action}`)).toBeDisabled();
  await expect(bar.getByTestId('action-archive')).toHaveAttribute('title', /does not allow deleting or moving/);
  await expect(bar.getByTestId('label-button')).toHaveCount(0);
  await expect(page.getByTestId('reading-pane').getByTestId('star-toggle')).toBeDisabled();
  await expect(bar.getByTestId('action-unread')).toBeEnabled();
  // The shortcut does nothing either: no request, the row stays.
  await page.keyboard.press('e');
  await expect(list.row(2)).toBeVisible();
  for (const look of ['light', 'dark', 'phone'] as const) {
    await showAs(page, look);
    await saveScreenshot(page, `sharing-read-only-message-${look}`);
  }
  await showAs(page, 'light');

  // Alice raises bob to Contribute through Letterbox: his rights and controls follow at once.
  const alicePage = await windowOf(browser, alice, baseURL);
  const viaApi = (method: 'PUT' | 'DELETE', rights?: string) =>
    alicePage.request.fetch(`/api/mailboxes/${mailboxIdOf('Team')}/acl/${encodeURIComponent(bob.user)}`, {
      method,
      headers: { Origin: new URL(baseURL ?? '').origin },
      ...(rights ? { data: { rights } } : {}),
    });
  expect((await viaApi('PUT', 'lrswite')).status()).toBe(200);
  await expect(bar.getByTestId('action-delete')).toBeEnabled();
  await expect(page.getByTestId('reading-pane').getByTestId('star-toggle')).toBeEnabled();
  // Alice's change published the folder's roster: in her own Team she gives Ticket 2 to bob,
  // whose open window shows it live, in the team bar and on the row.
  await new MailPage(alicePage).openFolder('Team');
  await alicePage.getByTestId('message-row').filter({ hasText: 'Ticket 2' }).click();
  await alicePage.getByTestId('team-assign').selectOption(bob.user);
  await expect(page.getByTestId('team-assignee')).toHaveText('You took this');
  await expect(page.getByTestId('message-row').filter({ hasText: 'Ticket 2' }).getByTestId('message-row-team')).toHaveAttribute(
    'title',
    `Taken by ${bob.user}`,
  );
  await saveScreenshot(page, 'sharing-assigned-light');
  await saveScreenshot(alicePage, 'sharing-owner-team-bar-light');
  await bar.getByTestId('action-delete').click();
  await expect(list.row(2)).toHaveCount(0);
  await expect
    .poll(() => withDirectImap(alice, async (imap) => (await imap.status('Team', { messages: true })) || null))
    .toMatchObject({ messages: 1 });

  expect((await viaApi('DELETE')).status()).toBe(200);
  await expect(page.getByTestId('mailbox-not-found')).toContainText('You no longer have access to this folder');
  await saveScreenshot(page, 'sharing-access-removed-light');
  await alicePage.context().close();
  await page.context().close();
});

test('bob takes a team message; carol’s open window shows who took it, live; done is a keyword both see', async ({
  browser,
  baseURL,
}) => {
  const [alice, bob, carol] = await Promise.all([createAccount('alice', 1), createAccount('bob', 1), createAccount('carol', 1)]);
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    await imap.append('Team', 'Subject: Refund for order 1042\r\nFrom: customer@example.com\r\n\r\nHello team.\r\n');
  });
  await shareOnServer(alice, 'Team', bob.user, 'lrsw');
  await shareOnServer(alice, 'Team', carol.user, 'lrsw');
  const [bobPage, carolPage, alicePage] = await Promise.all([
    windowOf(browser, bob, baseURL),
    windowOf(browser, carol, baseURL),
    windowOf(browser, alice, baseURL),
  ]);
  // Alice, the owner, keeps her own Team open (its list only): she meets them under her name for it.
  await new MailPage(alicePage).openFolder('Team');
  for (const page of [bobPage, carolPage]) {
    await new MailPage(page).openFolder(`shared/${alice.user}/Team`);
    await new MessageListPage(page).row(1).click();
    await expect(page.getByTestId('team-assignee')).toHaveText('Nobody has taken this yet');
  }
  // Presence: each sees the other on the message, in the reading pane and on the row.
  await expect(carolPage.getByTestId('presence-note')).toHaveText(`${bob.user} is viewing`);
  await expect(bobPage.getByTestId('presence-note')).toHaveText(`${carol.user} is viewing`);
  await expect(carolPage.getByTestId('message-row-presence')).toHaveAttribute('title', `${bob.user} is viewing`);
  // Bob answers: carol sees it, and her own reply warns her before two answers go out.
  await bobPage.getByTestId('reading-pane').getByTestId('action-reply').click();
  await expect(new ComposePage(bobPage).panel).toBeVisible();
  await expect(carolPage.getByTestId('presence-note').locator('[data-activity="replying"]')).toHaveText(
    `${bob.user} is replying`,
  );
  await expect(alicePage.getByTestId('message-row-presence')).toHaveAttribute('title', new RegExp(`${bob.user} is replying`));
  await saveScreenshot(alicePage, 'sharing-presence-owner-light');
  await carolPage.getByTestId('reading-pane').getByTestId('action-reply').click();
  await expect(carolPage.getByTestId('compose-replying-elsewhere')).toHaveText(
    `${bob.user} is already replying to this message.`,
  );
  await expect(bobPage.getByTestId('compose-replying-elsewhere')).toHaveText(
    `${carol.user} is already replying to this message.`,
  );
  for (const look of ['light', 'dark', 'phone'] as const) {
    await showAs(carolPage, look);
    await saveScreenshot(carolPage, `sharing-presence-replying-${look}`);
  }
  await showAs(carolPage, 'light');
  await new ComposePage(carolPage).close.click();
  await new ComposePage(bobPage).close.click();
  await expect(carolPage.getByTestId('presence-note')).toHaveText(`${bob.user} is viewing`);

  await bobPage.getByTestId('team-take').click();
  await expect(bobPage.getByTestId('team-assignee')).toHaveText('You took this');
  await expect(carolPage.getByTestId('team-assignee')).toHaveText(`${bob.user} took this`);
  await expect(carolPage.getByTestId('message-row-team')).toHaveAttribute('title', `Taken by ${bob.user}`);
  await expect(alicePage.getByTestId('message-row-team')).toHaveAttribute('title', `Taken by ${bob.user}`);
  await alicePage.context().close();
  await expect(carolPage.getByTestId('team-take')).toHaveCount(0);
  const keywords = () =>
    withDirectImap(alice, async (imap) => {
      const lock = await imap.getMailboxLock('Team', { readOnly: true });
      try {
        const [message] = await imap.fetchAll('1', { uid: true, flags: true }, { uid: true });
        return [...(message?.flags ?? [])].filter((flag) => flag.startsWith('$')).sort();
      } finally {
        lock.release();
      }
    });
  expect(await keywords()).toEqual(['$Assigned', `$Assigned_${bob.user}`]);

  await carolPage.getByTestId('team-waiting').click();
  await expect(bobPage.getByTestId('team-waiting')).toHaveAttribute('aria-pressed', 'true');
  await carolPage.getByTestId('team-done').click();
  await expect(bobPage.getByTestId('team-done')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(keywords).toEqual(['$Assigned', `$Assigned_${bob.user}`, '$Done', '$Waiting']);
  for (const look of ['light', 'dark', 'phone'] as const) {
    await showAs(carolPage, look);
    await saveScreenshot(carolPage, `sharing-team-bar-${look}`);
  }
  // The team views are searches on the server: bob's "Mine" finds it, carol's does not.
  await showAs(bobPage, 'light');
  await bobPage.getByTestId('team-filters').getByText('Mine').click();
  await expect(bobPage).toHaveURL(/q=assignee%3Ame/);
  await expect(new MessageListPage(bobPage).row(1)).toBeVisible();
  await saveScreenshot(bobPage, 'sharing-team-mine-light');
  // Bob's laptop closes without a word (his goodbye never arrives): his presence lapses by itself.
  await bobPage.getByTestId('message-row').first().click();
  await expect(carolPage.getByTestId('presence-note')).toHaveText(`${bob.user} is viewing`);
  await bobPage.route('**/presence', (route) => route.abort());
  await bobPage.context().close();
  await expect(carolPage.getByTestId('presence-note')).toHaveCount(0);
  await carolPage.context().close();
});

test('on a server that lists no shares, bob opens alice’s folder by name; it stays under her name until he removes it', async ({
  browser,
  baseURL,
}) => {
  const [alice, bob] = await Promise.all([createAccount('alice', 1), createAccount('bob', 1)]);
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Escalations');
    await imap.append('Escalations', 'Subject: Outage at ACME\r\nFrom: customer@example.com\r\n\r\nPlease call.\r\n');
  });
  await shareOnServer(alice, 'Escalations', bob.user, 'lrs');
  // The same users and mail behind the Dovecot without acl_shared_dict (scripts/harness/ports.ts).
  const page = await windowOf(browser, bob, baseURL, PORTS.imapNoDict);
  const mailPage = new MailPage(page);
  await expect(page.getByTestId('shared-with-me')).toHaveCount(0);

  await page.getByTestId('open-shared-button').click();
  const dialog = page.getByTestId('open-shared-dialog');
  await dialog.getByTestId('open-shared-owner').fill(alice.user);
  await dialog.getByTestId('open-shared-name').fill('Escalation');
  await dialog.getByTestId('open-shared-submit').click();
  await expect(dialog.getByTestId('open-shared-problem')).toHaveText(
    `${alice.user} has not shared a folder called “Escalation” with you, or it does not exist.`,
  );
  await saveScreenshot(page, 'sharing-open-by-name-light');
  await dialog.getByTestId('open-shared-name').fill('Escalations');
  await dialog.getByTestId('open-shared-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect(new MessageListPage(page).row(1)).toContainText('Outage at ACME');
  await expect(page.getByTestId('shared-with-me')).toContainText(alice.user);
  await expect(mailPage.folder(`shared/${alice.user}/Escalations`)).toHaveAttribute('aria-current', 'page');
  for (const look of ['light', 'dark', 'phone'] as const) {
    await showAs(page, look);
    if (look === 'phone') await mailPage.openFoldersPane();
    await saveScreenshot(page, `sharing-opened-by-name-${look}`);
  }
  await showAs(page, 'light');

  // Kept on the server: a new session (another device) lists it too; then bob removes it.
  const again = await windowOf(browser, bob, baseURL, PORTS.imapNoDict);
  await expect(new MailPage(again).folder(`shared/${alice.user}/Escalations`)).toBeVisible();
  await again.context().close();
  const folders = new FolderActionsPage(page);
  await folders.openMenu(`shared/${alice.user}/Escalations`);
  await folders.choose('Remove from list');
  await expect(page.getByTestId('shared-with-me')).toHaveCount(0);
  await page.context().close();
});
