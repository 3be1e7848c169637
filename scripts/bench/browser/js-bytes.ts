import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response as PageResponse } from '@playwright/test';
import { clearHttpCache, newPage, signInThroughForm, signOutFromPage } from './launch';

export interface JsBytes {
  /** Each file: path, raw and gzip bytes, for finding what weighs. */
  files: Array<{ path: string; bytes: number; gzipBytes: number }>;
  scripts: number;
  bytes: number;
  /** gzip -6 of each script, summed: what a compressing server or CDN would send. */
  gzipBytes: number;
}

/** JavaScript files a cold load of a page fetches (resource type "script"), raw and gzipped by us. */
async function scriptsOf(page: Page, url: string): Promise<JsBytes> {
  const bodies: Promise<{ path: string; body: Buffer }>[] = [];
  const onResponse = (response: PageResponse) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, body })));
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const files = (await Promise.all(bodies)).map(({ path, body }) => ({
    path,
    bytes: body.length,
    gzipBytes: gzipSync(body, { level: 6 }).length,
  }));
  return {
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    scripts: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/** First-load JS of the sign-in page, and of the mail page for someone already signed in. */
export async function firstLoadJs(browser: Browser, user: string, inboxPath: string): Promise<{ login: JsBytes; mail: JsBytes }> {
  const { context, page } = await newPage(browser);
  try {
    const login = await scriptsOf(page, '/login');
    await signInThroughForm(page, user);
    await clearHttpCache(page);
    const fresh = await context.newPage();
    const mail = await scriptsOf(fresh, inboxPath);
    await signOutFromPage(fresh);
    return { login, mail };
  } finally {
    await context.close();
  }
}
