import { type Browser, type BrowserContext, chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../chromium';
import { BROWSER_URL, PASSWORD } from '../config';
import { PROBE_SCRIPT } from './probe';

/**
 * How long a person looks at a freshly shown list before clicking. The page settles meanwhile
 * (its background fetches and link prefetches finish), as it would for a real click.
 */
export const LOOK_MS = 1000;

/**
 * How long a person's mouse rests on a row or a folder before pressing, for the "rested" rows:
 * 100 ms, on the short side of hover-to-click times (after 65 ms of rest a click follows about
 * half the time: instant.page). The other rows click without any rest, so they do not show
 * the app's hover prefetch (lib/ui/hover-intent.ts).
 */
export const REST_MS = 100;

/** A person's click: the mouse arrives, rests REST_MS, presses. The stopwatch starts at the click. */
export async function restThenClick(page: Page, target: Locator): Promise<void> {
  await target.hover();
  await page.waitForTimeout(REST_MS);
  await target.click();
}

/** Moves the mouse to the page's top-left corner, over nothing that prefetches: a reload must not start one for the next click. */
export async function parkMouse(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
}

/** Debian's Chromium with the flags the e2e suite uses (scripts/chromium.ts); never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args] });
}

/** A fresh context (no cookies, an empty HTTP cache) with the stopwatch in every document. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BROWSER_URL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  return { context, page: await context.newPage() };
}

/** Through the real form, as a person would; resolves once the first rows show. */
export async function signInThroughForm(page: Page, user: string): Promise<void> {
  await fillSignIn(page, user);
  await page.getByTestId('login-form').getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('message-row').first().waitFor();
}

export async function fillSignIn(page: Page, user: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('User name').fill(user);
  await form.getByLabel('Password').fill(PASSWORD);
}

/** Ends the server session (and its pooled IMAP connections) from inside the page, which sends its own Origin. */
export async function signOutFromPage(page: Page): Promise<void> {
  await page.evaluate(`fetch('/api/session', { method: 'DELETE' }).then((r) => r.status)`);
}

/** Empties the HTTP cache (immutable messages, JS chunks) between repetitions without a new sign-in. */
export async function clearHttpCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}
