import type { Browser, Page } from '@playwright/test';
import { clearHttpCache, LOOK_MS, newPage, signInThroughForm, signOutFromPage } from './launch';
import { measureInput } from './probe';

export interface FolderTarget {
  path: string;
  mailboxId: string;
  /** The folder's newest message: the first row once it shows. */
  uid: number;
}

export interface FolderSamples {
  /** Click on a folder not loaded yet in this page → its first rows. */
  first: number[];
  /** Click back on INBOX, whose rows the page still holds. */
  back: number[];
}

/**
 * Switching folders. Each repetition reloads INBOX with an empty HTTP cache (so the page has
 * not seen the target folder), clicks another folder, then clicks INBOX again, a second after
 * each list showed (LOOK_MS).
 */
export async function switchFolders(browser: Browser, user: string, inbox: FolderTarget, targets: FolderTarget[], reps: number) {
  const samples: FolderSamples = { first: [], back: [] };
  const { context, page } = await newPage(browser);
  try {
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      const target = targets[i % targets.length] as FolderTarget;
      await clearHttpCache(page);
      await page.goto(`/mail/${inbox.mailboxId}`);
      await page.locator(`[data-testid="message-row"][data-uid="${inbox.uid}"]`).waitFor();
      await page.waitForTimeout(LOOK_MS);
      samples.first.push((await measureInput(page, 'rows', target, () => clickFolder(page, target.path))).ms);
      await page.waitForTimeout(LOOK_MS);
      samples.back.push((await measureInput(page, 'rows', inbox, () => clickFolder(page, inbox.path))).ms);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
  }
}

function clickFolder(page: Page, path: string): Promise<void> {
  return page.locator(`[data-testid="mailbox-item"][data-path=${JSON.stringify(path)}]`).click();
}
