import { mailboxId } from '../../lib/ids';
import { expect, test } from './support/fixtures';

/** Pages of the signed-in area, including a deep link into a child folder and an id that decodes to nothing. */
const SIGNED_IN_URLS = ['/mail', `/mail/${mailboxId('INBOX')}`, `/mail/${mailboxId('Team Stuff/Child')}`, '/mail/not-a-mailbox'];

test('signing out lands on the login page and closes the mail area', async ({ signedIn, loginPage, page }) => {
  await signedIn.signOut();
  await expect(loginPage.form).toBeVisible();
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('letterbox_session');

  for (const url of SIGNED_IN_URLS) {
    await page.goto(url);
    await expect(page, `${url} after signing out`).toHaveURL('/login');
    await expect(loginPage.form).toBeVisible();
  }

  const api = await page.request.get('/api/mailboxes');
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe('AUTH_REQUIRED');
});

test('a browser that never signed in is sent to the login page', async ({ loginPage, page }) => {
  for (const url of ['/', ...SIGNED_IN_URLS]) {
    await page.goto(url);
    await expect(page, url).toHaveURL('/login');
    await expect(loginPage.form).toBeVisible();
  }
});
