import { test as base, expect } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { MailPage } from '../pages/mail-page';
import { createAccount, type TestAccount } from './accounts';
import { type E2eAccount, readAccount } from './run-data';

interface Fixtures {
  /** The run's seeded Dovecot user (see global-setup.ts), shared by the specs that only read. */
  account: E2eAccount;
  loginPage: LoginPage;
  mailPage: MailPage;
  /** Signs in through the login page and waits for the folder tree: the starting point of every shell test. */
  signedIn: MailPage;
  /**
   * A new user of this test alone, with a small seeded INBOX, signed in on the test's page:
   * for a test that changes state (settings, flags) no other test may see.
   */
  freshAccount: TestAccount;
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
  signedIn: async ({ account, loginPage, mailPage }, use) => {
    await loginPage.goto();
    await loginPage.signInAndWait(account.user, account.password);
    await mailPage.waitForFolders();
    await use(mailPage);
  },
  // Seeding and signing in take seconds on a busy machine: a timeout of its own, not the test's.
  freshAccount: [
    async ({ loginPage, mailPage }, use) => {
      const fresh = await createAccount('fresh');
      await loginPage.goto();
      await loginPage.signInAndWait(fresh.user, fresh.password);
      await mailPage.waitForFolders();
      await use(fresh);
    },
    { timeout: 30_000 },
  ],
});

export { expect };
