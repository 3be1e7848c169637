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
  const listen = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  };
  page.on('console', listen);

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
});
