import { test as base, expect } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { MailPage } from '../pages/mail-page';
import { type E2eAccount, readAccount } from './run-data';

interface Fixtures {
  /** The run's seeded Dovecot user (see global-setup.ts). */
  account: E2eAccount;
  loginPage: LoginPage;
  mailPage: MailPage;
  /** Signs in through the login page and waits for the folder tree: the starting point of every shell test. */
  signedIn: MailPage;
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
});

export { expect };
