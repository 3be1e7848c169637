import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { RESULTS_DIR } from './run-data';

const SCREENSHOTS_DIR = resolve(RESULTS_DIR, 'screenshots');
const DOCS_DIR = resolve(RESULTS_DIR, '..', 'docs', 'screenshots');

/**
 * Saves a viewport screenshot to test-results/screenshots/<name>.png. With
 * LETTERBOX_DOCS_SCREENSHOTS=1 it also replaces docs/screenshots/<name>.png, the README's
 * copy: opt-in, because the signed-in user's name differs on every run and an ordinary
 * test run should never rewrite committed files.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = resolve(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  if (process.env.LETTERBOX_DOCS_SCREENSHOTS === '1') {
    mkdirSync(DOCS_DIR, { recursive: true });
    copyFileSync(file, resolve(DOCS_DIR, `${name}.png`));
  }
  return file;
}
