import { test as base, expect, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { MailPage } from '../pages/mail-page';
import { createAccount, type TestAccount } from './accounts';
import { type E2eAccount, readAccount } from './run-data';

interface Fixtures {
  /** The run's seeded Dovecot user (see global-setup.ts), shared by the specs that only read. */
  account: E2eAccount;
  loginPage: LoginPage;
  mailPage: MailPage;
  /** Signed in (through the API) with the folder tree drawn: the starting point of every shell test. */
  signedIn: MailPage;
  /**
   * A new user of this test alone, with a small seeded INBOX, signed in on the test's page:
   * for a test that changes state (settings, flags) no other test may see.
   */
  freshAccount: TestAccount;
}

/**
 * Signs in through the API on the page's own cookie jar (page.request shares it), then opens
 * the mail: the starting point of most tests, without a login page to load and type into each
 * time (sign-in.spec.ts tests that page).
 */
type TestLogin = { user: string; password: string };

async function signInByApi(page: Page, mailPage: MailPage, baseURL: string | undefined, login: TestLogin): Promise<void> {
  const { user, password } = login;
  // The API refuses a state change without the page's own Origin (CSRF, lib/http/same-origin.ts).
  const origin = new URL(baseURL ?? '').origin;
  const response = await page.request.post('/api/session', { data: { user, password }, headers: { Origin: origin } });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto('/mail');
  await mailPage.waitForFolders();
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the destructuring
  account: async ({}, use) => {
    await use(readAccount());
  },
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  mailPage: async ({ page }, use) => {
    await use(new MailPage(page));
  },
  signedIn: async ({ account, page, mailPage, baseURL }, use) => {
    await signInByApi(page, mailPage, baseURL, account);
    await use(mailPage);
  },
  // Seeding and signing in take seconds on a busy machine: a timeout of its own, not the test's.
  freshAccount: [
    async ({ page, mailPage, baseURL }, use) => {
      const fresh = await createAccount('fresh');
      await signInByApi(page, mailPage, baseURL, fresh);
      await use(fresh);
    },
    { timeout: 30_000 },
  ],
});

export { expect };
