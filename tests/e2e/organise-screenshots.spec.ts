import type { Page } from '@playwright/test';
import { OrganisePage } from './pages/organise-page';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';
import { createFolder } from './support/server-mailbox';

/**
 * Pictures of the organising UI for a person to look at after the run (test-results/
 * screenshots/organise-*): a selection with the bulk toolbar, the Move menu, the shortcut
 * overlay; in light, dark and on a phone. Each asserts what it photographs first.
 */

async function selection(page: Page, name: string) {
  const organise = new OrganisePage(page);
  const { messages } = await organise.list.fetchPage('INBOX');
  const [a, b, c] = messages;
  if (!a || !b || !c) throw new Error('INBOX too small');
  await organise.list.waitForRows();
  await organise.checkbox(a.uid).click();
  await organise.checkbox(c.uid).click({ modifiers: ['Shift'] });
  await expect(organise.selectedCount).toHaveText('3 selected');
  await saveScreenshot(page, `organise-selection-${name}`);

  await organise.bulk('move').click();
  await organise.moveFilter.fill('pro');
  await expect(organise.moveMenu.getByTestId('move-target').first()).toBeVisible();
  await saveScreenshot(page, `organise-move-menu-${name}`);
  await organise.press('Escape');
  await expect(organise.moveMenu).toHaveCount(0);

  await organise.list.list.focus();
  await organise.press('Shift+?');
  await expect(organise.shortcutHelp).toBeVisible();
  await saveScreenshot(page, `organise-shortcuts-${name}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });
    test(`selection, move menu and shortcut overlay (${scheme})`, async ({ page, freshAccount }) => {
      await createFolder(freshAccount, 'Projects');
      await createFolder(freshAccount, 'Projects/2026');
      await page.reload();
      await selection(page, scheme);
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  test('selection, move menu and shortcut overlay (phone)', async ({ page, freshAccount }) => {
    await createFolder(freshAccount, 'Projects');
    await page.reload();
    await selection(page, 'phone');
  });
});
