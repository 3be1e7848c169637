import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { RESULTS_DIR } from './run-data';

const SCREENSHOTS_DIR = resolve(RESULTS_DIR, 'screenshots');
const README_DIR = resolve(RESULTS_DIR, '..', 'docs', 'screenshots');

/** Saves a viewport screenshot to test-results/screenshots/<name>.png, for a person to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = resolve(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}

/**
 * A picture the README shows: saved like any screenshot, and copied over
 * docs/screenshots/<name>.png, so every run keeps the README's pictures the current app.
 * Only screenshots.spec.ts calls it, on its own account whose mail is the same on every run,
 * so a picture changes in git only when the app's look does.
 */
export async function saveReadmePicture(page: Page, name: string): Promise<void> {
  const file = await saveScreenshot(page, name);
  mkdirSync(README_DIR, { recursive: true });
  copyFileSync(file, resolve(README_DIR, `${name}.png`));
}

/** The three looks a changed view is photographed in: light and dark on a desktop, and a phone. */
export const LOOKS = ['light', 'dark', 'phone'] as const;
export type Look = (typeof LOOKS)[number];

/** Puts the page in `look`: its viewport and colour scheme. */
export async function showAs(page: Page, look: Look): Promise<void> {
  await page.setViewportSize(look === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: look === 'dark' ? 'dark' : 'light' });
}
