import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium';
import { LOOPBACK, PORTS } from './scripts/harness/ports';
import { MAIL_DOMAIN } from './scripts/smtp/paths';

/**
 * End-to-end tests: Debian's Chromium against the PRODUCTION build (`next start`) and the
 * real local Dovecot. The build is not made here: `npm test` builds once for every tier;
 * run alone, it is `npm run build && npm run test:e2e`.
 */
const PORT = PORTS.e2e;

if (!existsSync(resolve(import.meta.dirname, '.next', 'BUILD_ID'))) {
  throw new Error('No production build in .next/: run `npm run build` first, then `npm run test:e2e`.');
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  // One worker: on the 2-core CI machine two workers gave no gain from a clean clone (12.6 min
  // against 12.4; the 5,000-row scroll test alone took 1.3 min under contention), only load.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // scripts/ sums the pass/fail counts from the JSON report: keep its path.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    // localhost, not 127.0.0.1: the session cookie is Secure in production, and Chromium
    // treats http://localhost (only) as a secure context that may receive it.
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // Off: recording a trace costs every test its DOM snapshots and a zip at the end, kept or not
    // (measured: organise + labels, 17 tests, 140 s with 'retain-on-failure', 99 s without). A failure
    // still leaves its screenshot; to debug one, run it again with `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Debian's Chromium, sandbox off (root in CI), the quiet flags: scripts/chromium.ts.
    launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args] },
  },
  webServer: {
    // The local binary rather than npx: no npm wrapper between Playwright's SIGTERM and Next.
    command: `node_modules/.bin/next start -p ${PORT} -H ${LOOPBACK}`,
    // /etc/hosts may send localhost to ::1 first, where nothing listens: probe the address we bound.
    url: `http://${LOOPBACK}:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // instrumentation.ts logs every pooled IMAP connection out on SIGTERM, then exits.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      NODE_ENV: 'production',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'e2e-tests-session-secret-0123456789abcdefghij',
      IMAP_HOST: LOOPBACK,
      IMAP_PORT: String(PORTS.imap),
      IMAP_TLS: 'false',
      SMTP_HOST: LOOPBACK,
      SMTP_PORT: String(PORTS.smtpSubmission),
      SMTP_TLS: 'false',
      IDENTITY_DOMAIN: MAIL_DOMAIN,
      // Undo send's wait, short so the compose specs do not idle (default 10 s): long enough to click Undo.
      SEND_DELAY_MS: '4000',
      // Presence lapses after 4 s unless renewed (default 30 s), so the spec sees a vanished teammate go.
      PRESENCE_TTL_MS: '4000',
      // Dovecot's push hints (scripts/imap/letterbox-push.lua) reach this server.
      LIVE_PUSH_URL: `http://${LOOPBACK}:${PORT}`,
    },
  },
});
