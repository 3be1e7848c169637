import { expect, type Page } from '@playwright/test';
import type { Fixture } from '../../fixtures/mail/hostile/corpus';
import { MailReader } from '../pages/mail-reader';
import { MessageFrame } from '../pages/message-frame';
import { closeTabs, drawnOutsidePane, readMarkers } from './page-integrity';
import type { TrafficRecorder } from './traffic-recorder';

/**
 * Long enough for what fires on its own shortly after the body renders (meta refresh 0, a
 * 0.01 s animation, a 0.05 s SVG animation end, marquee start) and for a tab to open.
 */
const SETTLE_MS = 200;

interface Context {
  page: Page;
  traffic: TrafficRecorder;
  fixture: Fixture;
  appOrigin: string;
  allowRemote?: boolean;
}

/**
 * The reader's part (hover everything, click every link), then every check on the open
 * message, as soft assertions so one run reports all of a fixture's failures, each message
 * naming the fixture and holding the evidence.
 */
export async function exerciseAndCheck({ page, traffic, fixture, appOrigin, allowRemote = false }: Context): Promise<void> {
  const name = fixture.name;
  const reader = new MailReader(page);
  const body = new MessageFrame(page, await reader.frame());
  if (body.frame) {
    const { sandbox, referrerPolicy } = await body.frameAttributes();
    const tokens = (sandbox ?? '').split(/\s+/);
    expect.soft(sandbox, `${name}: the message frame has no sandbox`).not.toBeNull();
    expect
      .soft(
        tokens.includes('allow-scripts') && tokens.includes('allow-same-origin'),
        `${name}: sandbox "${sandbox}" pairs scripts and same-origin`,
      )
      .toBe(false);
    expect.soft(referrerPolicy, `${name}: the message frame's referrerpolicy`).toBe('no-referrer');
  }
  // No wait first: what fires on its own does so while the pointer moves.
  await body.hoverEverything();
  await body.clickEverything(traffic);
  await page.waitForTimeout(SETTLE_MS);

  const tabs = traffic.openedTabs();
  const { markers, unreadable } = await readMarkers([page, ...tabs]);
  const tabUrls = await closeTabs(tabs);
  expect.soft(markers, `${name}: a script ran (window.__pwned)`).toEqual([]);
  const couldRun = unreadable.filter((frame) => frame.sandbox === null || /allow-scripts/.test(frame.sandbox));
  expect.soft(couldRun, `${name}: frames that may run scripts but could not be read`).toEqual([]);
  const offences = traffic.offences();
  expect
    .soft(
      offences.filter((offence) => offence.stopped === 'network'),
      `${name}: requests that left for other hosts, or tabs on script URLs (tabs: ${tabUrls.join(', ')})`,
    )
    .toEqual([]);
  expect
    .soft(
      offences.filter((offence) => offence.stopped === 'csp'),
      `${name}: requests the sanitizer let through and only the frame's CSP stopped`,
    )
    .toEqual([]);
  expect.soft(await body.violations({ allowRemote, appOrigin }), `${name}: left in the sanitized frame`).toEqual([]);
  expect.soft(await drawnOutsidePane(page), `${name}: drawn outside the reading pane`).toEqual([]);

  const { text = [], cidImages, styles = [], remoteBlocked } = fixture.expect;
  if (remoteBlocked !== undefined && !allowRemote) {
    await expect
      .soft(reader.view.remoteBanner, `${name}: the count of blocked remote images`)
      .toContainText(new RegExp(`\\b${remoteBlocked}\\b`));
  }
  if (text.length > 0) {
    const shown = await body.text();
    for (const words of text) expect.soft(shown, `${name}: visible text`).toContain(words);
  }
  if (cidImages !== undefined) {
    await expect
      .poll(async () => (await body.partImages()).filter((image) => image.width > 0).length, {
        message: `${name}: cid: pictures that loaded`,
      })
      .toBe(cidImages);
  }
  for (const { selector, property, value } of styles) {
    expect.soft(await body.computedStyle(selector, property), `${name}: ${property} of ${selector}`).toBe(value);
  }
}

/**
 * Opens each listed attachment by its URL in a tab of its own, as a link sent to the victim
 * would: HTML and SVG must download (never render in the app's origin), and whatever is
 * served must carry nosniff and the sandbox CSP; no script may run in that tab.
 */
export async function checkAttachments(page: Page, traffic: TrafficRecorder, fixture: Fixture, messageId: string): Promise<void> {
  const reader = new MailReader(page);
  for (const { filename, download, part } of fixture.expect.attachments ?? []) {
    let path = `/api/messages/${messageId}/parts/${part}`;
    if (part === undefined) {
      const link = reader.view.attachments.filter({ hasText: filename }).first();
      await expect(link, `${fixture.name}: attachment ${filename} is listed`).toBeVisible();
      path = (await link.getAttribute('href')) ?? '';
    }
    const url = new URL(path, page.url()).href;
    const response = await page.request.get(url);
    const headers = response.headers();
    expect.soft(headers['x-content-type-options'], `${fixture.name}: ${filename} nosniff`).toBe('nosniff');
    expect.soft(headers['content-security-policy'] ?? '', `${fixture.name}: ${filename} CSP`).toMatch(/\bsandbox\b/);
    if (download) {
      expect.soft(headers['content-disposition'] ?? '', `${fixture.name}: ${filename} disposition`).toMatch(/^attachment\b/i);
    }
    const tab = await traffic.newPage();
    const downloaded = tab.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
    await tab.goto(url).catch(() => {});
    if (download) expect.soft(await downloaded, `${fixture.name}: ${filename} opened by URL did not download`).not.toBeNull();
    await tab.waitForTimeout(SETTLE_MS);
    const { markers } = await readMarkers([tab]);
    expect.soft(markers, `${fixture.name}: a script ran in the tab of ${filename}`).toEqual([]);
    await tab.close();
  }
}

/**
 * Issue 10: a malformed From, Sender or Reply-To is marked and shows every address it holds,
 * in the reading pane and (From) in the list row, never the server's first-address guess; and
 * a note says what could not be shown. `uid`: the message's row in the list.
 */
export async function checkSenderAndNotes(page: Page, fixture: Fixture, uid: number): Promise<void> {
  const name = fixture.name;
  const reader = new MailReader(page);
  const { malformedSender = [], notes = [] } = fixture.expect;
  const warning = page.getByTestId('malformed-sender-warning');
  if (malformedSender.length === 0) await expect.soft(warning, `${name}: a malformed-sender warning`).toHaveCount(0);
  for (const { field, addresses } of malformedSender) {
    const header = warning.locator(`[data-testid="malformed-header"][data-field="${field}"]`);
    await expect.soft(header, `${name}: the ${field} header marked malformed`).toBeVisible();
    const shown = await header.getByTestId('malformed-address').allInnerTexts();
    expect.soft([...new Set(shown)].sort(), `${name}: every address of the ${field} header`).toEqual([...addresses].sort());
    if (field !== 'from') continue;
    const from = page.getByTestId('message-from');
    for (const address of addresses) await expect.soft(from, `${name}: the From line`).toContainText(address);
    const row = reader.list.row(uid);
    await expect.soft(row.getByTestId('message-row-malformed'), `${name}: the row's malformed mark`).toBeVisible();
    for (const address of addresses) await expect.soft(row, `${name}: the row's sender`).toContainText(address);
  }
  for (const words of notes) await expect.soft(reader.view.notes.filter({ hasText: words }), `${name}: a note`).toHaveCount(1);
}
