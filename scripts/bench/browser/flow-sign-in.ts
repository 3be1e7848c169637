import type { Browser, Page } from '@playwright/test';
import { BROWSER_URL } from '../config';
import { fillSignIn, LOOK_MS, newPage, signOutFromPage } from './launch';
import { measureInput } from './probe';

interface Inbox {
  mailboxId: string;
  uid: number;
}

/** Fills the form, looks at it a second as a person typing would, clicks "Sign in": click → first rows. */
async function signInOnce(page: Page, user: string, inbox: Inbox): Promise<number> {
  await fillSignIn(page, user);
  await page.waitForTimeout(LOOK_MS);
  const submit = page.getByTestId('login-form').getByRole('button', { name: 'Sign in' });
  return (await measureInput(page, 'rows', inbox, () => submit.click())).ms;
}

/**
 * Sign-in to first rows in a new browser: the click on "Sign in" to the first frame whose
 * list shows the newest INBOX message on top. Every repetition is a new browser context (no
 * cookie, empty cache) that has loaded /login first, as a person arriving at the page would,
 * and clicks a second after the form is filled, as a person typing would: a click right after
 * the fill landed while the login page was still running its own JS, ~300 ms that are no part
 * of signing in (measured on the build of issue 12's second session, before the change).
 */
export async function signInToRows(browser: Browser, user: string, inbox: Inbox): Promise<number> {
  const { context, page } = await newPage(browser);
  try {
    const ms = await signInOnce(page, user, inbox);
    await signOutFromPage(page);
    return ms;
  } finally {
    await context.close();
  }
}

/**
 * Sign-in to first rows in a returning browser: one context signs in `reps + 1` times (the first
 * fills its caches and is dropped), so /login's and /mail's scripts come from the HTTP cache
 * with V8's code cache. Each session is ended from outside the page, as an expiry would end it:
 * the app's own sign-out clears the browser's cache (Clear-Site-Data) on purpose.
 */
export async function signInWarmToRows(browser: Browser, user: string, inbox: Inbox, reps: number): Promise<number[]> {
  const { context, page } = await newPage(browser);
  try {
    const samples: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const ms = await signInOnce(page, user, inbox);
      if (i > 0) samples.push(ms);
      const ended = await page.request.delete('/api/session', { headers: { origin: new URL(BROWSER_URL).origin } });
      if (!ended.ok()) throw new Error(`sign-out from outside the page answered ${ended.status()}`);
    }
    return samples;
  } finally {
    await context.close();
  }
}
