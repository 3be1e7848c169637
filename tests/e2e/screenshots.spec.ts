import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

/**
 * The signed-in shell as the README shows it. Each test first asserts the state it
 * photographs, so a screenshot of a broken or half-loaded shell fails instead of passing.
 * LETTERBOX_DOCS_SCREENSHOTS=1 also refreshes docs/screenshots/ (see support/screenshots.ts).
 */

test('light shell on a desktop', async ({ signedIn, page }) => {
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 245, 247)');
  await expect(signedIn.folders).toBeVisible();
  await expect(signedIn.counts).toBeVisible();
  await expect(signedIn.readingPane).toBeVisible();
  await expect(signedIn.foldersButton).toBeHidden();
  await saveScreenshot(page, 'shell-light');
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('dark shell on a desktop', async ({ signedIn, page }) => {
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(17, 19, 23)');
    await expect(signedIn.folders).toBeVisible();
    await expect(signedIn.counts).toBeVisible();
    await saveScreenshot(page, 'shell-dark');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('list first, folders behind the Folders button', async ({ signedIn, page }) => {
    await expect(signedIn.counts).toBeVisible();
    await expect(signedIn.folders).toBeHidden();
    await expect(signedIn.readingPane).toBeHidden();
    await saveScreenshot(page, 'shell-phone');

    await signedIn.openFoldersPane();
    await expect(signedIn.folders).toBeVisible();
    await expect(signedIn.folder('INBOX')).toBeVisible();
    await expect(signedIn.listPane).toBeHidden();
    await saveScreenshot(page, 'shell-phone-folders');

    await signedIn.closeFoldersButton.click();
    await expect(page).not.toHaveURL(/[?&]pane=folders/);
    await expect(signedIn.listPane).toBeVisible();
  });
});
