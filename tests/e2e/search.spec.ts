import type { Page } from '@playwright/test';
import { mailboxId } from '../../lib/ids';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import type { TestAccount } from './support/accounts';
import { expect, test } from './support/fixtures';
import { LOOKS, saveScreenshot, showAs } from './support/screenshots';

/**
 * Issue 15 in the browser: the search box (`/`), results in the list's place with their count,
 * the URL carrying the query (reload, Back), all folders with each result's folder, list
 * actions on results, and a query the server cannot read. Each test has its own user, whose
 * INBOX gets three "Zeppelin" messages from Ana and whose Projects folder one from Bob.
 */
async function seedZeppelins(account: TestAccount): Promise<void> {
  await withDirectImap(account, async (imap) => {
    await imap.mailboxCreate('Projects');
    const message = (from: string, subject: string, day: number) =>
      `From: ${from}\r\nTo: ${account.user}@letterbox.test\r\nSubject: ${subject}\r\nDate: ${new Date(Date.UTC(2026, 10, day, 9)).toUTCString()}\r\n\r\nAbout the zeppelin.\r\n`;
    for (const day of [1, 2]) await imap.append('INBOX', message('Ana <ana@search.test>', `Zeppelin budget ${day}`, day));
    // The newest is HTML: the searched word is marked inside the message's frame too.
    const html = message('Ana <ana@search.test>', 'Zeppelin budget 3', 3).replace(
      '\r\n\r\nAbout the zeppelin.',
      '\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The <b>Zeppelin</b> budget, in full.</p>',
    );
    await imap.append('INBOX', html);
    await imap.append('Projects', message('Bob <bob@search.test>', 'Zeppelin plans', 4));
  });
}

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByTestId('search-input');
  // Pressed again until it lands: right after a reload the page may still be hydrating.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue(/^[^/]*$/);
  await box.fill(query);
  await box.press('Enter');
}

const subjects = (page: Page) => page.getByTestId('message-row-subject');

test('/ searches the open folder: results with their count, kept by reload, a result archived from them, left with Escape, back with Back', async ({
  page,
  freshAccount,
}) => {
  await seedZeppelins(freshAccount);
  await page.reload();
  await search(page, 'zeppelin from:ana@search.test');
  await expect(page.getByTestId('search-count')).toHaveText('3 results in Inbox');
  await expect(subjects(page)).toHaveText(['Zeppelin budget 3', 'Zeppelin budget 2', 'Zeppelin budget 1']);
  expect(new URL(page.url()).searchParams.get('q')).toBe('zeppelin from:ana@search.test');
  await subjects(page).first().click();
  await expect(page.frameLocator('[data-testid="message-body"]').locator('mark')).toHaveText(['Zeppelin']);

  await page.reload();
  await expect(page.getByTestId('search-count')).toHaveText('3 results in Inbox');
  await expect(page.getByTestId('search-input')).toHaveValue('zeppelin from:ana@search.test');

  // The open result archived from the results: it leaves them, the count with it, the next one opens.
  await page.getByTestId('action-archive').click();
  await expect(subjects(page)).toHaveText(['Zeppelin budget 2', 'Zeppelin budget 1']);
  await expect(page.getByTestId('search-count')).toHaveText('2 results in Inbox');
  await expect(page.getByTestId('message-subject')).toHaveText('Zeppelin budget 2');
  await expect.poll(() => subjectsIn(freshAccount, 'Archive')).toEqual(['Zeppelin budget 3']);

  await page.getByTestId('search-input').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-count')).toHaveCount(0);
  await expect(page.getByTestId('message-list')).toHaveAttribute('data-total', String(freshAccount.messages.length + 2));
  expect(new URL(page.url()).searchParams.get('q')).toBeNull();

  await page.goBack();
  await expect(page.getByTestId('search-count')).toHaveText('2 results in Inbox');
  await expect(page.getByTestId('search-input')).toHaveValue('zeppelin from:ana@search.test');
  expect(new URL(page.url()).searchParams.get('q')).toBe('zeppelin from:ana@search.test');
});

test('all folders: each result shows its folder and opens there', async ({ page, freshAccount }) => {
  await seedZeppelins(freshAccount);
  await page.reload();
  await search(page, 'zeppelin');
  await expect(page.getByTestId('search-count')).toHaveText('3 results in Inbox');
  await page.getByTestId('search-all-folders').click();
  await expect(page.getByTestId('search-count')).toHaveText('4 results in all folders');
  await expect(subjects(page).first()).toHaveText('Zeppelin plans');
  await expect(page.getByTestId('message-row-folder').first()).toHaveText('Projects');
  for (const look of LOOKS) {
    await showAs(page, look);
    await saveScreenshot(page, `search-results-${look}`);
  }
  await showAs(page, 'light');

  await subjects(page).first().click();
  await expect(page.getByTestId('message-subject')).toHaveText('Zeppelin plans');
  await expect(page.getByTestId('message-body').locator('mark')).toHaveText(['zeppelin']);
  expect(new URL(page.url()).pathname).toContain(`/mail/${mailboxId('Projects')}/`);
  // Still the same results beside it.
  await expect(page.getByTestId('search-count')).toHaveText('4 results in all folders');

  for (const look of LOOKS) {
    await showAs(page, look);
    await saveScreenshot(page, `search-all-folders-${look}`);
  }
});

/** The subjects of `folder`'s messages that have (or lack) \\Seen, read by an independent IMAP client. */
async function subjectsIn(account: TestAccount, folder: string, seen?: boolean): Promise<string[]> {
  return withDirectImap(account, async (imap) => {
    const lock = await imap.getMailboxLock(folder, { readOnly: true });
    try {
      const found = await imap.search(seen === undefined ? { all: true } : { seen }, { uid: true });
      if (!found || found.length === 0) return [];
      const subjects: string[] = [];
      for await (const message of imap.fetch(found, { envelope: true }, { uid: true }))
        subjects.push(message.envelope?.subject ?? '');
      return subjects.filter((subject) => subject.startsWith('Zeppelin')).sort();
    } finally {
      lock.release();
    }
  });
}

test('all folders: results ticked in two folders are marked read and moved to Trash folder by folder, with one undo', async ({
  page,
  freshAccount,
}) => {
  await seedZeppelins(freshAccount);
  // UID 1 of its folder, as "Zeppelin plans" is of Projects: a tick must name one row, not a UID.
  await withDirectImap(freshAccount, async (imap) => {
    await imap.mailboxCreate('Ideas');
    await imap.append(
      'Ideas',
      `From: Cy <cy@search.test>\r\nSubject: Zeppelin ideas\r\nDate: ${new Date(Date.UTC(2026, 10, 5, 9)).toUTCString()}\r\n\r\nZeppelin.\r\n`,
    );
  });
  await page.reload();
  await search(page, 'zeppelin');
  await page.getByTestId('search-all-folders').click();
  await expect(page.getByTestId('search-count')).toHaveText('5 results in all folders');
  const row = (subject: string) => page.getByTestId('message-row').filter({ hasText: subject });
  await row('Zeppelin plans').getByTestId('row-checkbox').click();
  await expect(row('Zeppelin plans')).toHaveAttribute('data-checked', 'true');
  await expect(row('Zeppelin ideas')).toHaveAttribute('data-checked', 'false');
  await row('Zeppelin budget 3').getByTestId('row-checkbox').click();
  await expect(page.getByTestId('selected-count')).toHaveText('2 selected');
  await expect(page.getByTestId('label-button')).toHaveCount(0);
  for (const look of LOOKS) {
    await showAs(page, look);
    await saveScreenshot(page, `search-ticked-across-folders-${look}`);
  }
  await showAs(page, 'light');

  await page.getByTestId('bulk-read').click();
  await expect.poll(() => subjectsIn(freshAccount, 'Projects', true)).toEqual(['Zeppelin plans']);
  await expect.poll(() => subjectsIn(freshAccount, 'INBOX', true)).toEqual(['Zeppelin budget 3']);

  await page.getByTestId('bulk-delete').click();
  await expect(subjects(page)).toHaveText(['Zeppelin ideas', 'Zeppelin budget 2', 'Zeppelin budget 1']);
  await expect.poll(() => subjectsIn(freshAccount, 'Trash')).toEqual(['Zeppelin budget 3', 'Zeppelin plans']);
  await expect(page.getByTestId('undo-toast')).toContainText('Moved 2 messages to Trash');
  // Trash is not searched across folders: the refetched results still lack them.
  await expect(page.getByTestId('search-count')).toHaveText('3 results in all folders');
  expect(await subjectsIn(freshAccount, 'Ideas', false)).toEqual(['Zeppelin ideas']);

  await page.getByTestId('undo-button').click();
  await expect.poll(() => subjectsIn(freshAccount, 'Trash')).toEqual([]);
  expect(await subjectsIn(freshAccount, 'Projects')).toEqual(['Zeppelin plans']);
  expect(await subjectsIn(freshAccount, 'INBOX')).toEqual(['Zeppelin budget 1', 'Zeppelin budget 2', 'Zeppelin budget 3']);
  await expect(page.getByTestId('search-count')).toHaveText('5 results in all folders');
  await expect(subjects(page)).toHaveText([
    'Zeppelin ideas',
    'Zeppelin plans',
    'Zeppelin budget 3',
    'Zeppelin budget 2',
    'Zeppelin budget 1',
  ]);
});

test('results act like the folder: a star on a result reaches the server, a query it cannot read says where', async ({
  page,
  freshAccount,
}) => {
  await seedZeppelins(freshAccount);
  await page.reload();
  await search(page, 'subject:"budget 2"');
  await expect(subjects(page)).toHaveText(['Zeppelin budget 2']);
  await page.getByTestId('message-list').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('s');
  await expect
    .poll(() =>
      withDirectImap(freshAccount, async (imap) => {
        const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
        try {
          const found = await imap.search({ subject: 'budget 2', flagged: true }, { uid: true });
          return found ? found.length : 0;
        } finally {
          lock.release();
        }
      }),
    )
    .toBe(1);

  await search(page, 'zeppelin frm:ana');
  await expect(page.getByTestId('search-unreadable')).toContainText('"frm:ana" at position 10');

  await page.getByTestId('search-input').focus();
  await page.getByTestId('search-input').fill('is:');
  await expect(page.getByRole('option', { name: /is:unread/ })).toBeVisible();
  for (const look of LOOKS) {
    await showAs(page, look);
    await page.getByTestId('search-input').focus();
    await saveScreenshot(page, `search-suggestions-${look}`);
  }
});

test('recent searches: offered while the box is empty, and forgotten when the account signs out', async ({
  page,
  freshAccount,
  loginPage,
}) => {
  await search(page, 'zeppelin');
  await expect(page.getByTestId('search-count')).toBeVisible();
  const box = page.getByTestId('search-input');
  await box.fill('');
  await box.focus();
  const recent = page.getByRole('listbox', { name: 'Recent searches' });
  await expect(recent.getByRole('option')).toHaveText(['zeppelin']);
  await box.press('Escape');

  await page.getByTestId('sign-out').click();
  await expect(loginPage.form).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('letterbox.recent-searches'))).toBeNull();
  await loginPage.signInAndWait(freshAccount.user, freshAccount.password);
  await page.getByTestId('search-input').focus();
  await expect(page.getByRole('listbox', { name: 'Search suggestions' }).or(recent)).toHaveCount(0);
});
