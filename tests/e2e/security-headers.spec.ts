import type { ConsoleMessage } from '@playwright/test';
import { MessageListPage } from './pages/message-list-page';
import { MessageViewPage } from './pages/message-view-page';
import { expect, test } from './support/fixtures';

test('pages carry a nonce CSP that Next honours: no violation while signing in and reading HTML mail', async ({
  account,
  loginPage,
  mailPage,
  page,
}) => {
  const refusals: string[] = [];
  const policyWarnings: string[] = [];
  const listen = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
    // Chromium warns on every load about a feature it does not know ("Unrecognized feature: 'bluetooth'").
    if (/Permissions-Policy|Feature Policy/i.test(message.text())) policyWarnings.push(message.text());
  };
  page.on('console', listen);
  // Anything the page asks for and does not get (a missing /favicon.ico) is a console error too.
  const missing: string[] = [];
  page.on('response', (answer) => {
    if (answer.status() === 404) missing.push(answer.url());
  });

  const response = await page.goto('/login');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['permissions-policy']).toContain('camera=()');
  // Every script Next wrote into the page carries this request's nonce.
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);

  await loginPage.signInAndWait(account.user, account.password);
  await mailPage.waitForFolders();
  const html = account.messages.find((message) => message.kind === 'inline-image');
  const rows = (await new MessageListPage(page).fetchPage('INBOX', { limit: '50', sort: 'date', order: 'desc' })).messages;
  const view = new MessageViewPage(page);
  await view.open(rows[html?.index ?? 0]?.id ?? '');
  await expect(view.frame.locator('img[src*="/parts/"]').first()).toBeVisible();
  // A second page load with another nonce.
  const again = await page.reload();
  expect(/'nonce-([^']+)'/.exec(again?.headers()['content-security-policy'] ?? '')?.[1]).not.toBe(nonce);
  await expect(view.body).toBeVisible();
  expect(refusals).toEqual([]);
  expect(policyWarnings).toEqual([]);
  expect(missing).toEqual([]);
});

test('the app has an icon: the page links one, and it and /favicon.ico answer 200', async ({ page }) => {
  await page.goto('/login');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.request.get(href ?? '');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\//);
  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
});
