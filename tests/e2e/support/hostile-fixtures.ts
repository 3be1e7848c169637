import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { PORTS } from '../../../scripts/harness/ports';
import { LoginPage } from '../pages/login-page';
import { type E2eAccount, readAccount } from './run-data';
import { TrafficRecorder } from './traffic-recorder';

/**
 * Chromium puts sandboxed (opaque-origin) frames in their own process, where Playwright sees
 * none of their requests (neither page.on('request') nor page.route()): with this off, the message frame's traffic is
 * recorded like the page's.
 */
export const WATCH_SANDBOXED_FRAMES = '--disable-features=IsolateSandboxedIframes';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** One signed-in page that reads the corpus message after message, as a reader goes through a folder. */
export interface Reading {
  page: Page;
  traffic: TrafficRecorder;
  appOrigins: string[];
}

function originsOf(baseURL: string | undefined): string[] {
  const app = new URL(baseURL ?? `http://localhost:${PORTS.e2e}`);
  return [app.origin, `${app.protocol}//127.0.0.1:${app.port}`];
}

interface TestFixtures {
  hostileAccount: E2eAccount['hostile'];
  /** Every request of the test's context, foreign ones aborted (see traffic-recorder.ts). */
  traffic: TrafficRecorder;
  /** The app's origins: baseURL (localhost) and the address Next binds (127.0.0.1). */
  appOrigins: string[];
  /** The worker's reading page, its recorder emptied and its markers cleared for this test. */
  reading: Reading;
}

interface WorkerFixtures {
  /** One sign-in per worker as the hostile-corpus user; each test starts from its cookie. */
  hostileState: StorageState;
  readingPage: Reading;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), WATCH_SANDBOXED_FRAMES] });
    },
    { scope: 'worker' },
  ],
  hostileState: [
    async ({ browser }, use, workerInfo) => {
      const { hostile } = readAccount();
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const login = new LoginPage(await context.newPage());
      await login.goto();
      await login.signInAndWait(hostile.user, hostile.password);
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: 'worker' },
  ],
  storageState: async ({ hostileState }, use) => {
    await use(hostileState);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the destructuring
  hostileAccount: async ({}, use) => {
    await use(readAccount().hostile);
  },
  appOrigins: async ({ baseURL }, use) => {
    await use(originsOf(baseURL));
  },
  /**
   * A page per worker rather than per test: opening a message from the list is then a click
   * and one API call, not a page load, which keeps 120 messages near two minutes. Each test
   * starts with an empty recorder and no marker; a marker or a request names its fixture
   * anyway, and after a failure the next test starts from a fresh load.
   */
  readingPage: [
    async ({ browser, hostileState }, use, workerInfo) => {
      const { baseURL, viewport, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, locale, timezoneId, storageState: hostileState });
      const appOrigins = originsOf(baseURL);
      const traffic = new TrafficRecorder(context, appOrigins);
      await traffic.install();
      await use({ page: await traffic.newPage(), traffic, appOrigins });
      await context.close();
    },
    { scope: 'worker' },
  ],
  reading: async ({ readingPage }, use, testInfo) => {
    readingPage.traffic.reset();
    // A tab the last message opened may have taken the front; pointer input to a page behind it is slow.
    await readingPage.page.bringToFront();
    await readingPage.page.evaluate(() => delete (globalThis as { __pwned?: unknown }).__pwned).catch(() => {});
    await use(readingPage);
    if (testInfo.status !== testInfo.expectedStatus) {
      const screenshot = await readingPage.page.screenshot().catch(() => null);
      if (screenshot) await testInfo.attach('screenshot', { body: screenshot, contentType: 'image/png' });
      await readingPage.page.goto('about:blank');
    }
  },
  traffic: async ({ context, appOrigins }, use) => {
    const recorder = new TrafficRecorder(context, appOrigins);
    await recorder.install();
    await use(recorder);
  },
});

export { expect };
