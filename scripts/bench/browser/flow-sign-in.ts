import type { Browser } from '@playwright/test';
import { fillSignIn, LOOK_MS, newPage, signOutFromPage } from './launch';
import { measureInput } from './probe';

/**
 * Sign-in to first rows: the click on "Sign in" to the first frame whose list shows the
 * newest INBOX message on top. Every repetition is a new browser context (no cookie, empty
 * cache) that has loaded /login first, as a person arriving at the page would, and clicks a
 * second after the form is filled, as a person typing would: a click right after the fill
 * landed while the login page was still running its own JS, ~300 ms that are no part of
 * signing in (measured on the build of issue 12's second session, before the change).
 */
export async function signInToRows(browser: Browser, user: string, inbox: { mailboxId: string; uid: number }): Promise<number> {
  const { context, page } = await newPage(browser);
  try {
    await fillSignIn(page, user);
    await page.waitForTimeout(LOOK_MS);
    const submit = page.getByTestId('login-form').getByRole('button', { name: 'Sign in' });
    const { ms } = await measureInput(page, 'rows', inbox, () => submit.click());
    await signOutFromPage(page);
    return ms;
  } finally {
    await context.close();
  }
}
