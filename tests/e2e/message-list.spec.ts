import { mailboxId } from '../../lib/ids';
import type { MessageSummary } from '../../lib/schemas/message-list';
import { MessageListPage } from './pages/message-list-page';
import { firstPage } from './support/first-page';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const INBOX = mailboxId('INBOX');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const messageUrl = (message: MessageSummary) => new RegExp(`/mail/${INBOX}/${escapeRegExp(message.id)}$`);
const listUrl = new RegExp(`/mail/${INBOX}$`);

test('INBOX shows the API first page, with unread rows marked as the server says', async ({ signedIn, page }) => {
  const { list, api, messages } = await firstPage(page);
  const [first] = messages;
  if (!first) throw new Error('the seeded INBOX is empty');

  await expect(list.list).toHaveAttribute('role', 'listbox');
  await expect(list.rows.first()).toHaveAttribute('data-uid', String(first.uid));
  await expect(list.rows.first().getByTestId('message-row-subject')).toHaveText(first.subject);
  await expect(list.rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(list.rows.first()).toHaveAttribute('aria-setsize', String(api.total));
  await expect(signedIn.counts).toHaveText(`${api.total} messages · ${await list.fetchUnseen('INBOX')} unread`);

  const byUid = new Map(messages.map((message) => [message.uid, message]));
  const rendered = await list.renderedUids();
  expect(rendered.length).toBeGreaterThan(5);
  expect(rendered).toEqual(messages.slice(0, rendered.length).map((message) => message.uid));
  const unreadSeen = new Set<string>();
  for (const uid of rendered) {
    const unread = String(!byUid.get(uid)?.flags.includes('\\Seen'));
    unreadSeen.add(unread);
    await expect.soft(list.row(uid), `row ${uid}`).toHaveAttribute('data-unread', unread);
  }
  // The seeded INBOX mixes read and unread near the top, so both branches were checked.
  expect([...unreadSeen].sort()).toEqual(['false', 'true']);
});

test('j/k and the arrows move the selection and the URL; Escape returns to the list', async ({ signedIn, page }) => {
  const { list, messages } = await firstPage(page);
  const [m0, m1, m2] = messages as [MessageSummary, MessageSummary, MessageSummary];
  await expect(signedIn.readingPane).toBeVisible();
  await expect(list.readingEmpty).toBeVisible();

  await page.keyboard.press('j');
  await expect(page).toHaveURL(messageUrl(m0));
  await expect(list.selected).toHaveAttribute('data-uid', String(m0.uid));
  await expect(list.subject).toHaveText(m0.subject);

  await page.keyboard.press('j');
  await expect(page).toHaveURL(messageUrl(m1));
  await expect(list.selected).toHaveAttribute('data-uid', String(m1.uid));
  await expect(list.subject).toHaveText(m1.subject);

  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(messageUrl(m2));
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(messageUrl(m0));
  await expect(list.selected).toHaveCount(1);
  await expect(list.selected).toHaveAttribute('data-uid', String(m0.uid));

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(listUrl);
  await expect(list.selected).toHaveCount(0);
  await expect(list.readingEmpty).toBeVisible();
});

test('nothing fires while typing in a field', async ({ signedIn, page }) => {
  const { list } = await firstPage(page);
  await expect(signedIn.counts).toBeVisible();
  // No search box exists yet: a throwaway input stands in for any text field on the page.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('data-testid', 'scratch');
    document.body.append(input);
  });
  await page.getByTestId('scratch').fill('');
  await page.getByTestId('scratch').press('j');
  await page.getByTestId('scratch').press('k');
  await expect(page.getByTestId('scratch')).toHaveValue('jk');
  await expect(page).toHaveURL(listUrl);
  await expect(list.selected).toHaveCount(0);
});

test('a click opens the message; back and forward follow; a reload keeps it', async ({ signedIn, page }) => {
  const { list, messages } = await firstPage(page);
  const m2 = messages[2] as MessageSummary;
  const m3 = messages[3] as MessageSummary;

  await list.row(m2.uid).click();
  await expect(page).toHaveURL(messageUrl(m2));
  await expect(list.subject).toHaveText(m2.subject);
  await expect(list.row(m2.uid)).toHaveAttribute('aria-selected', 'true');

  // Moving to another message replaces the entry: Back returns to the list, not through every message read.
  await list.row(m3.uid).click();
  await expect(page).toHaveURL(messageUrl(m3));
  await page.goBack();
  await expect(page).toHaveURL(listUrl);
  await expect(list.selected).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(messageUrl(m3));
  await expect(list.subject).toHaveText(m3.subject);

  await page.reload();
  await expect(list.subject).toHaveText(m3.subject);
  await expect(list.row(m3.uid)).toHaveAttribute('aria-selected', 'true');
  await expect(signedIn.folder('INBOX')).toHaveAttribute('aria-current', 'page');
});

test('a mouse resting on a message or a folder fetches it before the click, and marks nothing read', async ({
  signedIn,
  page,
}) => {
  const { list, messages } = await firstPage(page);
  const unread = messages.slice(0, 8).find((message) => !message.flags.includes('\\Seen'));
  if (!unread) throw new Error('the seeded INBOX has no unread message near the top');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const messagePath = `/api/messages/${encodeURIComponent(unread.id)}`;
  const archiveList = `/api/mailboxes/${mailboxId('Archive')}/messages`;

  await list.row(unread.uid).hover();
  await expect.poll(() => requested.filter((path) => path === messagePath).length).toBe(1);
  // Fetched ahead (BODY.PEEK): still unread on the server and in the list.
  await expect(list.row(unread.uid)).toHaveAttribute('data-unread', 'true');
  expect((await list.fetchPage('INBOX')).messages.find((m) => m.uid === unread.uid)?.flags).not.toContain('\\Seen');
  // The click finds it in the cache: no second request for it.
  await list.row(unread.uid).click();
  await expect(list.subject).toHaveText(unread.subject);
  expect(requested.filter((path) => path === messagePath)).toHaveLength(1);

  await signedIn.folder('Archive').hover();
  await expect.poll(() => requested.filter((path) => path === archiveList).length).toBe(1);
  await signedIn.openFolder('Archive');
  await expect(list.rows.first().or(list.empty)).toBeVisible();
  expect(requested.filter((path) => path === archiveList)).toHaveLength(1);
});

/** Holds the first-page request of `path` for `ms` before letting it through to the app. */

test('an empty folder says so', async ({ signedIn }) => {
  await signedIn.openFolder('Drafts');
  await expect(signedIn.listEmpty).toHaveText(/No messages in this folder/);
  await expect(signedIn.counts).toHaveText('No messages');
});

test('a failed first page says what happened and retries', async ({ signedIn, page }) => {
  const list = new MessageListPage(page);
  await page.route('**/api/mailboxes/*/messages?*', (route) =>
    route.fulfill({
      status: 502,
      json: { error: { code: 'IMAP_UNAVAILABLE', message: 'The mail server cannot be reached right now.' } },
    }),
  );
  await signedIn.openFolder('Team Stuff');
  // react-query repeats a transient failure twice (1 s, then 2 s) before it shows.
  await expect(list.error).toBeVisible({ timeout: 15_000 });
  await expect(list.error).toHaveAttribute('data-code', 'IMAP_UNAVAILABLE');
  await expect(list.error).toContainText("The mail server can't be reached right now.");

  await page.unroute('**/api/mailboxes/*/messages?*');
  await list.error.getByRole('button', { name: 'Retry' }).click();
  await expect(list.rows.first()).toBeVisible();
  await expect(list.error).toHaveCount(0);
});

test('the sort control reorders the list and keeps the order in the URL', async ({ signedIn, page }) => {
  const { list } = await firstPage(page);
  await expect(signedIn.counts).toBeVisible();
  const api = await list.fetchPage('INBOX', { sort: 'subject', order: 'asc' });
  await list.sort.selectOption('subject:asc');
  await expect(page).toHaveURL(`${list.listUrl()}?sort=subject&order=asc`);
  await expect(list.rows.first()).toHaveAttribute('data-uid', String(api.messages[0]?.uid));
});

test.describe('a folder of 2,000 messages', () => {
  test.setTimeout(120_000);

  test('scrolls to the end with never more than a screenful of rows in the DOM', async ({ account, loginPage, page }) => {
    const { large } = account;
    await loginPage.goto();
    await loginPage.signInAndWait(large.user, large.password);
    const list = new MessageListPage(page);
    await list.waitForRows();
    await expect(list.rows.first()).toHaveAttribute('aria-setsize', String(large.total));

    const expected = await list.fetchAll('INBOX');
    expect(expected).toHaveLength(large.total);
    const last = expected.at(-1) as MessageSummary;

    let reached = await list.lastPosition();
    for (let step = 0; reached < large.total; step++) {
      expect(step, 'scrolling made no progress').toBeLessThan(500);
      // A few screens at a time, as a reader flicking through, then all the way to what has loaded.
      await list.scrollBy(step % 2 === 0 ? 1500 : 1_000_000);
      await expect
        .poll(async () => {
          expect(await list.rows.count()).toBeLessThan(200);
          return list.lastPosition();
        })
        .toBeGreaterThan(reached);
      reached = await list.lastPosition();
      expect(await list.rows.count()).toBeLessThan(200);
    }

    const lastRow = list.rows.last();
    await expect(lastRow).toHaveAttribute('aria-posinset', String(large.total));
    await expect(lastRow).toHaveAttribute('data-uid', String(last.uid));
    await expect(lastRow.getByTestId('message-row-subject')).toHaveText(last.subject);
    expect(await list.rows.count()).toBeLessThan(60);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('the list first; Enter or a tap opens the message full-screen; back returns', async ({ signedIn, page }) => {
    const { list, messages } = await firstPage(page);
    const [m0, m1] = messages as [MessageSummary, MessageSummary];
    await expect(signedIn.readingPane).toBeHidden();
    await expect(signedIn.counts).toBeVisible();
    await saveScreenshot(page, 'message-list-phone');

    // On a phone's list, j only moves the keyboard position; Enter opens.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(list.row(m1.uid)).toHaveAttribute('data-active', 'true');
    await expect(page).toHaveURL(listUrl);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(messageUrl(m1));
    await expect(list.subject).toHaveText(m1.subject);
    await expect(signedIn.listPane).toBeHidden();
    await expect(list.backToList).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(listUrl);
    await expect(signedIn.listPane).toBeVisible();

    // Back from a message further down returns to it, not to the top of the list.
    await list.scrollBy(2000);
    // The virtualiser renders the new range on the scroll event: wait for it, then pin the
    // row by its UID (nth() would re-resolve to another row after any re-render).
    await expect.poll(() => list.lastPosition()).toBeGreaterThan(40);
    const farUid = Number(await list.rows.nth(10).getAttribute('data-uid'));
    await list.row(farUid).tap();
    await expect(list.subject).toBeVisible();
    await list.backToList.click();
    await expect(list.row(farUid)).toBeInViewport();
    await list.list.evaluate((element) => element.scrollTo(0, 0));

    await list.row(m0.uid).tap();
    await expect(page).toHaveURL(messageUrl(m0));
    await expect(list.subject).toHaveText(m0.subject);
    await saveScreenshot(page, 'message-phone');
    await list.backToList.click();
    await expect(page).toHaveURL(listUrl);
    await expect(list.rows.first()).toBeVisible();

    // The folder pane still opens from the list.
    await signedIn.openFoldersPane();
    await expect(signedIn.folder('INBOX')).toBeVisible();
  });
});
