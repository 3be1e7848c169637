import type { Browser, Page } from '@playwright/test';
import { clearHttpCache, LOOK_MS, newPage, parkMouse, restThenClick, signInThroughForm, signOutFromPage } from './launch';
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
  /** Click on another folder not loaded yet, after the mouse rested on it REST_MS: the hover prefetch at work. */
  rested: number[];
}

/**
 * Switching folders. Each repetition reloads INBOX with an empty HTTP cache (so the page has
 * not seen the target folder), clicks another folder, then clicks INBOX again, a second after
 * each list showed (LOOK_MS), then rests the mouse on a third folder for REST_MS and clicks it.
 */
export async function switchFolders(browser: Browser, user: string, inbox: FolderTarget, targets: FolderTarget[], reps: number) {
  const samples: FolderSamples = { first: [], back: [], rested: [] };
  const { context, page } = await newPage(browser);
  try {
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      const target = targets[i % targets.length] as FolderTarget;
      await clearHttpCache(page);
      await parkMouse(page);
      await page.goto(`/mail/${inbox.mailboxId}`);
      await page.locator(`[data-testid="message-row"][data-uid="${inbox.uid}"]`).waitFor();
      await page.waitForTimeout(LOOK_MS);
      samples.first.push((await measureInput(page, 'rows', target, () => clickFolder(page, target.path))).ms);
      await page.waitForTimeout(LOOK_MS);
      samples.back.push((await measureInput(page, 'rows', inbox, () => clickFolder(page, inbox.path))).ms);
      const other = targets[(i + 1) % targets.length] as FolderTarget;
      await page.waitForTimeout(LOOK_MS);
      samples.rested.push((await measureInput(page, 'rows', other, () => restThenClick(page, folderItem(page, other.path)))).ms);
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
  }
}

function folderItem(page: Page, path: string) {
  return page.locator(`[data-testid="mailbox-item"][data-path=${JSON.stringify(path)}]`);
}

function clickFolder(page: Page, path: string): Promise<void> {
  return folderItem(page, path).click();
}
