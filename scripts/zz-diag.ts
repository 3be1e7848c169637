import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '/work/main/scripts/chromium';
const base = 'http://127.0.0.1:3400';
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const results: number[] = [];
for (let round = 0; round < 9; round++) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('User name').fill('bench-100k');
  await page.getByLabel('Password').fill('bench-password');
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    document.querySelector('form')?.addEventListener(
      'submit',
      (e) => {
        w.__t0 = performance.timeOrigin + e.timeStamp;
      },
      { capture: true },
    );
    return 0;
  });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __rows?: number };
      const row = document.querySelector('[data-testid="message-row"][aria-posinset="1"]');
      if (row && row.getClientRects().length > 0) {
        w.__rows ??= performance.timeOrigin + performance.now();
        return true;
      }
      return false;
    },
    null,
    { polling: 'raf' },
  );
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __rows: number; __t0: number };
    return Math.round(w.__rows - w.__t0);
  });
  results.push(ms + t0);
  await context.close();
}
results.sort((a, b) => a - b);
console.log('sign-in → rows (ms):', results.join(' '), 'median', results[Math.floor(results.length / 2)]);
await browser.close();
