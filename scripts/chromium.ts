/**
 * How every tool here starts a browser: Debian's Chromium (a downloaded Playwright browser
 * cannot work on this machine), with the flags that keep it quiet, offline and runnable as
 * root in CI (where its sandbox cannot start). Used by playwright.config.ts and scripts/bench.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  chromiumSandbox: false,
};
