import type { Frame, Page } from '@playwright/test';

/** A `__pwned` marker found on some window, with the frame it was read from. */
export interface Marker {
  where: string;
  value: string;
}

/** A frame whose window could not be read; acceptable only when it cannot run scripts at all. */
export interface Unreadable {
  where: string;
  sandbox: string | null;
}

const READ_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}

async function frameLabel(frame: Frame): Promise<string> {
  const element = await frame.frameElement().catch(() => null);
  const testId = element ? await element.getAttribute('data-testid').catch(() => null) : null;
  return `${frame.parentFrame() ? 'frame' : 'page'} ${testId ? `[${testId}] ` : ''}${frame.url().slice(0, 80)}`;
}

/**
 * Reads `window.__pwned` in every frame of every page (the app, the message frame, any frame
 * inside it, tabs the message opened). A frame that cannot be evaluated is kept with its
 * sandbox attribute: without `allow-scripts` nothing could have run there, which is evidence
 * in itself; with it, not being able to look is a failure.
 */
export async function readMarkers(pages: Page[]): Promise<{ markers: Marker[]; unreadable: Unreadable[] }> {
  const markers: Marker[] = [];
  const unreadable: Unreadable[] = [];
  for (const page of pages) {
    if (page.isClosed()) continue;
    for (const frame of page.frames()) {
      const where = await frameLabel(frame);
      try {
        const value = await withTimeout(
          frame.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned),
          READ_TIMEOUT_MS,
        );
        if (value !== undefined) markers.push({ where, value: String(value) });
      } catch {
        const element = await frame.frameElement().catch(() => null);
        const sandbox = element ? await element.getAttribute('sandbox').catch(() => null) : null;
        unreadable.push({ where, sandbox });
      }
    }
  }
  return { markers, unreadable };
}

/**
 * Anything of the message drawn outside the reading pane. With the pane scrolled to the top:
 * every iframe lies within the pane horizontally and starts inside it; and at points on a
 * 40 px grid outside the pane, the topmost element is the app's own, never an iframe and never
 * something from inside the pane (an overlay escaping it).
 */
export async function drawnOutsidePane(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const pane = document.querySelector('[data-testid="reading-pane"]');
    if (!pane) return ['no reading pane'];
    for (const scroller of pane.querySelectorAll('*')) if (scroller.scrollTop > 0) scroller.scrollTop = 0;
    const p = pane.getBoundingClientRect();
    for (const frame of document.querySelectorAll('iframe')) {
      const r = frame.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1) {
        found.push(
          `iframe box (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)}) leaves the pane`,
        );
      }
    }
    const label = (element: Element) =>
      `<${element.localName}${element.getAttribute('data-testid') ? ` data-testid=${element.getAttribute('data-testid')}` : ''}>`;
    for (let x = 2; x < window.innerWidth; x += 40) {
      for (let y = 2; y < window.innerHeight; y += 40) {
        if (x >= p.left && x <= p.right && y >= p.top && y <= p.bottom) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit.localName === 'iframe' || pane.contains(hit))) found.push(`${label(hit)} at (${x}, ${y})`);
        if (found.length > 10) return found;
      }
    }
    return found;
  });
}

/** Where each tab the message opened ended up, then closes it. */
export async function closeTabs(tabs: Page[]): Promise<string[]> {
  const urls: string[] = [];
  for (const tab of tabs) {
    if (tab.isClosed()) continue;
    await tab.waitForLoadState('domcontentloaded', { timeout: 2_000 }).catch(() => {});
    urls.push(tab.url());
    await tab.close().catch(() => {});
  }
  return urls;
}
