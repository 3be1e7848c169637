import type { ApiResult } from '../api-run';
import type { BrowserResult } from '../browser/browser-run';
import type { Summary } from '../stats';

/** A table as plain cells; the console and Markdown writers only lay it out. */
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

const num = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mp = (s: Summary | null) => (s ? `${num(s.median)} / ${num(s.p95)}` : '—');
const kib = (bytes: number) => `${num(bytes / 1024)} KiB`;

export function apiTable(api: ApiResult): Table {
  const rows = api.ops.map((op) => [
    op.name,
    op.app
      ? mp(op.app)
      : op.extra?.error
        ? `not measured: ${op.extra.error}`
        : op.key === 'sort-order'
          ? 'served from its cache'
          : '—',
    mp(op.floor),
    op.ratio === null ? '—' : `${num(op.ratio, 2)}×`,
    op.extra?.serverCpuMsPerRequest === undefined ? '—' : num(Number(op.extra.serverCpuMsPerRequest)),
  ]);
  const b = api.openLargeBytes;
  rows.push([
    'IMAP bytes to open the 20 MiB message (in / out)',
    `${kib(b.appReceived)} / ${kib(b.appSent)}`,
    `${kib(b.floorReceived)} / ${kib(b.floorSent)}`,
    `${num(b.appReceived / b.floorReceived, 2)}×`,
    '—',
  ]);
  const dl = api.ops.find((op) => op.key === 'download')?.extra;
  if (dl) {
    const [app, floor, binary] = [dl.appMBps, dl.floorMBps, dl.binaryChunksMBps].map(Number) as [number, number, number];
    rows.push([
      'Download throughput, MB/s (floor: imapflow download(); BINARY 2 MiB chunks)',
      num(app, 0),
      `${num(floor, 0)}; ${num(binary, 0)}`,
      `${num(app / floor, 2)}×`,
      '—',
    ]);
    rows.push([
      'Server RSS during the downloads, MiB (before → peak)',
      `${num(Number(dl.rssBeforeMiB), 0)} → ${num(Number(dl.rssPeakMiB), 0)} (+${num(Number(dl.rssGrowthMiB))})`,
      '—',
      '—',
      '—',
    ]);
  }
  const send = api.ops.find((op) => op.key === 'send-large')?.extra;
  if (send) {
    rows.push([
      'Server RSS during the sends, MiB (before → peak)',
      `${num(Number(send.rssBeforeMiB), 0)} → ${num(Number(send.rssPeakMiB), 0)} (+${num(Number(send.rssGrowthMiB))})`,
      '—',
      '—',
      '—',
    ]);
  }
  const head = ['Operation', 'App', 'Floor', 'App/floor', 'Server CPU/req'];
  return { title: 'HTTP API vs direct IMAP (ms, median / p95; server CPU ms per app request)', head, rows };
}

export function browserTable(browser: BrowserResult): Table {
  const rows = [
    [`Sign-in → first rows, new browser (INBOX of ${browser.inboxSize.toLocaleString('en-US')})`, mp(browser.signIn)],
    ['Sign-in → first rows, returning browser (scripts cached)', mp(browser.signInWarm)],
    ['Switch folder → first rows (folder not loaded yet)', mp(browser.folderFirst)],
    ['Switch back to INBOX (rows still held)', mp(browser.folderBack)],
    ['Switch folder after the mouse rested on it 100 ms (hover prefetch)', mp(browser.folderRested)],
    ['Click row → text visible, first open', mp(browser.openFirst)],
    ['Click row → text visible, neighbour prefetched', mp(browser.openPrefetched)],
    ['Click row → text visible, after the mouse rested on it 100 ms (hover prefetch)', mp(browser.openRested)],
    [
      `Scroll ${browser.scroll.rows.toLocaleString('en-US')} rows to the last (most rows in DOM: ${browser.scroll.maxRowsInDom})`,
      mp(browser.scroll),
    ],
    ['Star click → a second IMAP session sees \\Flagged (FETCH FLAGS polled every ~2 ms)', starCell(browser.star, 'seen')],
    ['… of which click → PATCH /api/messages leaves the page', starCell(browser.star, 'sent')],
    ['Star click → a session in IDLE is told (untagged FETCH)', starCell(browser.star, 'pushed')],
    ['New mail: outside APPEND OK → the row painted in the open list', mp(browser.newMail)],
    ['Search: Enter → the first result row painted (from: + after:, on the fts Dovecot)', mp(browser.search)],
    ['First-load JS, /login: files, raw, gzip', jsCell(browser.js.login)],
    ['First-load JS, /mail (signed in): files, raw, gzip', jsCell(browser.js.mail)],
  ];
  return {
    title: 'What a person feels (Chromium; input → first frame showing the result; ms, median / p95)',
    head: ['Flow', 'Measured'],
    rows,
  };
}

function jsCell(js: BrowserResult['js']['login']): string {
  return `${js.scripts} files, ${kib(js.bytes)}, ${kib(js.gzipBytes)}`;
}

function starCell(star: BrowserResult['star'], which: 'seen' | 'pushed' | 'sent'): string {
  return 'error' in star ? `not measured: ${star.error}` : mp(star[which]);
}
