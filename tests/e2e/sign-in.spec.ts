import { mailboxId } from '../../lib/ids';
import { PORTS } from '../../scripts/harness/ports';
import { expect, test } from './support/fixtures';
import { type E2eAccount, seededFolder } from './support/run-data';

/** The folders the foundation issue names: INBOX, a space, non-ASCII (Latin and Cyrillic), a child. */
const REQUIRED = ['INBOX', 'Team Stuff', 'Données clients', 'Приходящие', 'Team Stuff/Child'];

/**
 * The tree as people expect it: INBOX, then Dovecot's special-use folders in the fixed
 * order (Sent and Archive seeded, Drafts/Junk/Trash auto-created empty), then the rest by
 * name with the child nested under its parent.
 */
const TREE_ORDER = [
  'INBOX',
  'Drafts',
  'Sent',
  'Archive',
  'Junk',
  'Trash',
  'Données clients',
  'Team Stuff',
  'Team Stuff/Child',
  'Приходящие',
];

/** The list header's wording for a folder's seeded counts. */
function countsText(account: E2eAccount, path: string): string {
  const { total, unseen } = seededFolder(account, path);
  return unseen > 0 ? `${total} messages · ${unseen} unread` : `${total} messages`;
}

test('signing in shows the folder tree with the seeded unread counts', async ({ account, loginPage, mailPage, page }) => {
  // Seeded exactly like account.user, whose mail other specs read (and so mark read).
  const { user, password } = account.pristine;
  await loginPage.goto();
  await loginPage.signInAndWait(user, password);

  await expect(page).toHaveURL(`/mail/${mailboxId('INBOX')}`);
  await expect(mailPage.signedInUser).toHaveAttribute('title', `${user} on 127.0.0.1:${PORTS.imap}`);
  await mailPage.waitForFolders();

  expect(await mailPage.folderPaths()).toEqual(TREE_ORDER);
  expect(await mailPage.childPaths('Team Stuff')).toEqual(['Team Stuff/Child']);

  // Every seeded folder, the four the issue names among them, shows what the seeder wrote.
  expect(account.folders.map((folder) => folder.path)).toEqual(expect.arrayContaining(REQUIRED));
  expect(seededFolder(account, 'INBOX').unseen).toBeGreaterThan(0);
  for (const { path, unseen } of account.folders) {
    expect.soft(await mailPage.unreadCount(path), `unread badge of ${path}`).toBe(unseen);
  }
  for (const path of ['Drafts', 'Junk', 'Trash']) {
    await expect.soft(mailPage.unreadBadge(path), `${path} is empty, so it has no badge`).toHaveCount(0);
  }

  await expect(mailPage.folder('INBOX')).toHaveAttribute('aria-current', 'page');
  await expect(mailPage.listTitle).toHaveText('Inbox');
  await expect(mailPage.counts).toHaveText(countsText(account, 'INBOX'));
});

test('a folder with a non-ASCII name opens by click and by its URL', async ({ account, signedIn, page }) => {
  const path = 'Приходящие';
  await signedIn.openFolder(path);
  await expect(page).toHaveURL(`/mail/${mailboxId(path)}`);
  await expect(signedIn.listTitle).toHaveText(path);
  await expect(signedIn.counts).toHaveText(countsText(account, path));

  const child = 'Team Stuff/Child';
  await signedIn.goto(child);
  await expect(signedIn.folder(child)).toHaveAttribute('aria-current', 'page');
  await expect(signedIn.listTitle).toHaveText('Child');
  await expect(signedIn.counts).toHaveText(countsText(account, child));
});

test('a wrong password is refused with AUTH_FAILED and no session', async ({ account, loginPage, page }) => {
  await loginPage.goto();
  await loginPage.signIn(account.user, `${account.password}-wrong`);

  expect(await loginPage.errorCode()).toBe('AUTH_FAILED');
  await expect(loginPage.error).toHaveText('That user name or password is wrong.');
  await expect(loginPage.password).toHaveAttribute('aria-invalid', 'true');
  await expect(loginPage.submit).toBeEnabled();
  await expect(page).toHaveURL('/login');
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain('letterbox_session');
});

test('signing in paints the folders and the first rows from the server’s HTML: the browser asks for neither, and hydration keeps them', async ({
  account,
  browser,
  loginPage,
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/mailboxes')) asked.push(request.url());
  });
  // A server render that disagrees with the first client render is thrown away by React, with an error (#418 in production).
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await loginPage.goto();
  await loginPage.signInAndWait(account.pristine.user, account.pristine.password);
  const rows = page.getByTestId('message-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('folder-tree')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  expect(errors).toEqual([]);

  // Without JavaScript at all, the same page still shows the rows: they are in the HTML.
  const noScript = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  try {
    const bare = await noScript.newPage();
    await bare.goto(page.url());
    await expect(bare.getByTestId('message-row').first()).toBeVisible();
    expect(await bare.getByTestId('message-row').first().getAttribute('data-uid')).toBe(
      await rows.first().getAttribute('data-uid'),
    );
    await expect(bare.getByTestId('folder-tree')).toBeVisible();
  } finally {
    await noScript.close();
  }
});

test('a submit before the page’s JavaScript runs never puts the password in the URL', async ({ account, browser, baseURL }) => {
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await noScript.newPage();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    await page.goto('/login');
    const form = page.getByTestId('login-form');
    await form.getByLabel('User name').fill(account.user);
    await form.getByLabel('Password').fill(account.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    expect(sent.length).toBeGreaterThan(1);
    for (const url of sent) expect(url).not.toContain(encodeURIComponent(account.password));
    expect(page.url()).not.toContain('password');
  } finally {
    await noScript.close();
  }
});

test('the sign-in page loads no react-query: only the signed-in pages hold its cache', async ({ account, loginPage, page }) => {
  const scripts: Array<{ url: string; body: Promise<string> }> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.text() });
  });
  // react-query's own error text, which survives minification.
  const holdsReactQuery = async (from: number) =>
    (await Promise.all(scripts.slice(from).map((script) => script.body))).some((body) => body.includes('No QueryClient set'));
  await loginPage.goto();
  await page.waitForLoadState('networkidle');
  const loginScripts = scripts.length;
  expect(loginScripts).toBeGreaterThan(3);
  expect(await holdsReactQuery(0)).toBe(false);
  // Control: the mail page loads it, in the same build and the same browser.
  await loginPage.signInAndWait(account.user, account.password);
  await page.waitForLoadState('networkidle');
  expect(await holdsReactQuery(loginScripts)).toBe(true);
});
