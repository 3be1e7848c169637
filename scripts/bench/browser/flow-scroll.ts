import type { Browser } from '@playwright/test';
import { newPage, signInThroughForm, signOutFromPage } from './launch';
import { measureInput } from './probe';

export interface ScrollSample {
  ms: number;
  /** The most rows the DOM held at once: the list must stay virtualised however long it is. */
  maxRows: number;
}

/**
 * Scrolling a long folder to its end: from the first scroll, the page jumps to the bottom of
 * the list in every frame (pages of 50 load as it goes) until the last row renders.
 */
export async function scrollToEnd(browser: Browser, user: string, total: number, reps: number): Promise<ScrollSample[]> {
  const samples: ScrollSample[] = [];
  const { context, page } = await newPage(browser);
  try {
    await signInThroughForm(page, user);
    for (let i = 0; i < reps; i++) {
      await page.reload();
      await page.getByTestId('message-row').first().waitFor();
      const probe = await measureInput(page, 'lastRow', { position: total }, async () => {}, true);
      samples.push({ ms: probe.ms, maxRows: probe.maxRows });
    }
    await signOutFromPage(page);
    return samples;
  } finally {
    await context.close();
  }
}
