import { PORTS } from '../../scripts/harness/ports';
import { corpus, type Fixture } from '../fixtures/mail/hostile/corpus';
import { png } from '../fixtures/mail/hostile/table/mime';
import { MailReader } from './pages/mail-reader';
import { MessageFrame } from './pages/message-frame';
import { checkAttachments, checkSenderAndNotes, exerciseAndCheck } from './support/hostile-checks';
import { expect, test } from './support/hostile-fixtures';
import { drawnOutsidePane, readMarkers } from './support/page-integrity';
import type { HostileMessage } from './support/run-data';
import { saveScreenshot } from './support/screenshots';

/**
 * Issue 4: every message of tests/fixtures/mail/hostile opened in Chromium through the real UI,
 * hovered all over and every link clicked; then no script ran (app and frames), no request left
 * for another host, nothing was drawn outside the reading pane, and benign mail still reads
 * right. One test per fixture, so a failure names it.
 */
// A trace snapshots the DOM at every pointer move: with 60,000-element bodies it would be the run.
test.use({ trace: 'off' });

function appended(messages: HostileMessage[], name: string): HostileMessage {
  const message = messages.find((candidate) => candidate.name === name);
  if (!message) throw new Error(`the global setup appended no ${name}`);
  return message;
}

function fixture(name: string): Fixture {
  const found = corpus.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** Where a fixture's row is in INBOX, newest first: the INBOX holds the corpus, dated in table order. */
const positionOf = (name: string) => corpus.length - 1 - corpus.findIndex((candidate) => candidate.name === name);

for (const entry of corpus) {
  test(`${entry.kind} ${entry.name}`, async ({ reading, hostileAccount }) => {
    // DoS-sized markup takes the server and the browser a while; everything else is quick.
    if (entry.name.startsWith('dos-')) test.setTimeout(60_000);
    const { page, traffic, appOrigins } = reading;
    const message = appended(hostileAccount.messages, entry.name);
    const reader = new MailReader(page);
    await reader.openByRow(message, positionOf(entry.name));
    await expect(reader.view.subject).toBeVisible();

    await checkAttachments(page, traffic, entry, message.id);
    await checkSenderAndNotes(page, entry, message.uid);
    // What a reader sees of a sender or a structure the server could not be trusted with.
    if (entry.expect.malformedSender || entry.expect.notes) await saveScreenshot(page, `hostile-${entry.name}`);
    await exerciseAndCheck({ page, traffic, fixture: entry, appOrigin: appOrigins[0] ?? '' });
    if (entry.expect.attachedMessage) {
      await reader.openAttached();
      await exerciseAndCheck({ page, traffic, fixture: entry, appOrigin: appOrigins[0] ?? '' });
    }
  });
}

test('benign-remote-images: "Show remote content" loads them, without cookies or a Referer', async ({
  page,
  context,
  traffic,
  hostileAccount,
  appOrigins,
}) => {
  const remote = fixture('benign-remote-images');
  const loaded: { url: string; headers: Record<string, string> }[] = [];
  // Registered after the recorder's abort-everything route, so it answers first (Playwright runs routes newest first).
  await context.route(/^https?:\/\/(images|cdn)\.gallery\.test\//, async (route) => {
    loaded.push({ url: route.request().url(), headers: await route.request().allHeaders() });
    await route.fulfill({ contentType: 'image/png', body: png(300, 200, [90, 140, 90]) });
  });
  const reader = new MailReader(page);
  await reader.openByRow(appended(hostileAccount.messages, remote.name), positionOf(remote.name));
  await expect(reader.view.remoteBanner).toContainText(/\b3\b/);
  expect(loaded, 'remote images loaded before the reader allowed them').toEqual([]);

  await reader.view.remoteBanner.getByRole('button', { name: /show remote content/i }).click();
  await reader.waitForBody();
  await expect.poll(() => loaded.length, { message: 'remote images requested once allowed' }).toBe(3);
  for (const { url, headers } of loaded) {
    expect.soft(headers.cookie, `${url} carried cookies`).toBeUndefined();
    expect.soft(headers.referer, `${url} carried a Referer`).toBeUndefined();
  }
  const body = new MessageFrame(page, await reader.frame());
  await expect
    .poll(() =>
      body.frame
        ?.locator('img')
        .evaluateAll((images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length),
    )
    .toBe(3);
  const foreign = traffic.offences().filter((offence) => !/gallery\.test\//.test(offence.url));
  expect(foreign, 'requests other than the allowed images').toEqual([]);
  expect(await body.violations({ allowRemote: true, appOrigin: appOrigins[0] ?? '' })).toEqual([]);
});

/**
 * The detectors above must be able to fail. A page built here does what a sanitizer failure
 * would let through: a real script marks the page, a scripted sandboxed frame (opaque origin,
 * so in its own process unless the launch flag works) marks itself and loads a tracker, a
 * handler in the mail frame fires when the pointer passes over it, a
 * script opens a tab on its own, a frame escapes the "reading pane", a frame's own CSP stops an
 * image (told apart from one that left), and the mail frame keeps a handler, a javascript:
 * link, a fixed overlay and a remote CSS image.
 */
test('self-test: the marker, request, tab, geometry and DOM detectors catch a real failure', async ({ page, traffic }) => {
  // The mail frame may run scripts here (opaque origin): the hover marker proves the pointer reaches its elements.
  const mail =
    "<p>mail</p><div onmouseover=&quot;window.__pwned='selftest-hover'&quot; style='height:40px'>hover me</div>" +
    "<img src=x onerror='void 0'><a href='javascript:void 0'>js</a>" +
    "<a href='https://example.org/selftest' target='_blank' rel='noopener noreferrer'>followed</a>" +
    "<div style='position:fixed;top:0;left:0;background:url(http://evil.test/selftest/css)'>overlay</div>";
  await page.setContent(
    `<div data-testid="reading-pane" style="position:absolute;left:600px;top:100px;width:500px;height:400px;overflow:hidden">` +
      `<iframe data-testid="message-body" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" srcdoc="${mail}"` +
      ` style="width:480px;height:380px"></iframe></div>` +
      `<iframe sandbox="allow-scripts" style="position:fixed;left:0;top:0;width:300px;height:300px" srcdoc="<script>window.__pwned='selftest-frame';new Image().src='http://evil.test/selftest/sandboxed'</script>"></iframe>` +
      `<iframe sandbox="allow-same-origin" srcdoc="<meta http-equiv='Content-Security-Policy' content=&quot;img-src 'none'&quot;><img src='http://evil.test/selftest/csp'>"></iframe>` +
      `<script>window.__pwned='selftest-page';setTimeout(()=>window.open('http://evil.test/selftest/tab'),0)</script>`,
  );
  const handle = await page.getByTestId('message-body').elementHandle();
  const body = new MessageFrame(page, handle ? await handle.contentFrame() : null);
  // The script's tab took the front; input to a page behind it is slow to be delivered.
  await expect.poll(() => traffic.openedTabs().length).toBe(1);
  await page.bringToFront();
  await body.hoverEverything();
  await body.clickEverything(traffic);
  await page.waitForTimeout(500);

  const { markers } = await readMarkers([page]);
  expect(markers.map((marker) => marker.value).sort()).toEqual(['selftest-frame', 'selftest-hover', 'selftest-page']);
  const offences = traffic.offences().map((offence) => offence.url);
  expect(offences).toEqual(
    expect.arrayContaining([
      'http://evil.test/selftest/sandboxed',
      'http://evil.test/selftest/css',
      'http://evil.test/selftest/tab',
    ]),
  );
  expect(offences).not.toContain('https://example.org/selftest');
  const stopped = Object.fromEntries(traffic.offences().map((offence) => [offence.url, offence.stopped]));
  expect(stopped['http://evil.test/selftest/csp'], 'an image the frame CSP blocks').toBe('csp');
  expect(stopped['http://evil.test/selftest/sandboxed'], 'a tracker from a scripted sandboxed frame').toBe('network');
  expect(traffic.followedLinks()).toContain('https://example.org/selftest');
  expect((await drawnOutsidePane(page)).join('\n')).toMatch(/<iframe> at/);
  const violations = (await body.violations({ allowRemote: false, appOrigin: `http://localhost:${PORTS.e2e}` })).join('\n');
  expect(violations).toMatch(/event handler onerror on <img>/);
  expect(violations).toMatch(/href="javascript:void 0" on <a>/);
  expect(violations).toMatch(/position:fixed on <div>/);
  expect(violations).toMatch(/url\(http:\/\/evil\.test\/selftest\/css\)/);
});
