import type { ApiResult } from './api-run';
import type { BrowserResult } from './browser/browser-run';
import type { StreamMemory } from './live/stream-memory';
import type { LoadResult } from './load/load-run';

export interface Verdict {
  target: string;
  measured: string;
  /** null: not measured in this run (a part was skipped); 'info': measured and reported, no target. */
  pass: boolean | null | 'info';
}

const KiB = 1024;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The performance targets the project holds itself to, each judged on this run's numbers. Printed, never fatal. */
export function judge(
  api: ApiResult | null,
  load: LoadResult | null,
  browser: BrowserResult | null,
  streams: StreamMemory | null = null,
): Verdict[] {
  const verdicts: Verdict[] = api ? apiVerdicts(api) : [];
  liveVerdicts(api, streams, verdicts);
  loadVerdicts(load, verdicts);
  browserVerdicts(browser, verdicts);
  return verdicts;
}

function apiVerdicts(api: ApiResult): Verdict[] {
  const verdicts: Verdict[] = [];
  const op = (key: string) => api.ops.find((candidate) => candidate.key === key);
  for (const key of ['folder-list', 'first-page', 'deep-page', 'open-newest']) {
    const result = op(key);
    if (!result?.app || !result.floor) continue;
    const ratio = result.app.median / result.floor.median;
    const above = result.app.median - result.floor.median;
    verdicts.push({
      target: `${result.name}: median app/floor ≤ 1.3, or ≤ 5 ms above the floor`,
      measured: `${ratio.toFixed(2)}× (${ms(result.app.median)} vs ${ms(result.floor.median)}, +${above.toFixed(1)} ms)`,
      pass: ratio <= 1.3 || above <= 5,
    });
  }
  // Issue 15: each search row within 1.3× the same SEARCH (or SORT) issued directly (in:anywhere: folder by folder).
  for (const key of ['search-from-date', 'search-word', 'search-word-full-text index', 'search-anywhere']) {
    const result = op(key);
    if (!result?.app || !result.floor) continue;
    const ratio = result.app.median / result.floor.median;
    verdicts.push({
      target: `${result.name}: median app/floor ≤ 1.3`,
      measured: `${ratio.toFixed(2)}× (${ms(result.app.median)} vs ${ms(result.floor.median)})`,
      pass: ratio <= 1.3,
    });
  }
  const bytes = api.openLargeBytes.appReceived;
  verdicts.push({ target: 'Open the 20 MiB message: < 64 KiB from IMAP', measured: `${bytes} B`, pass: bytes < 64 * KiB });
  const dl = op('download')?.extra;
  if (dl) {
    const share = Number(dl.appMBps) / Number(dl.floorMBps);
    // Judged against imapflow's download(), the floor; the faster direct client is shown beside it.
    const binary = Number(dl.appMBps) / Number(dl.binaryChunksMBps);
    verdicts.push({
      target: 'Download: ≥ 80% of the floor’s throughput',
      measured:
        `${(share * 100).toFixed(0)}% (${Number(dl.appMBps).toFixed(0)} vs ${Number(dl.floorMBps).toFixed(0)} MB/s; ` +
        `${(binary * 100).toFixed(0)}% of a direct client using BINARY 2 MiB chunks)`,
      pass: share >= 0.8,
    });
    const growth = Number(dl.rssGrowthMiB);
    verdicts.push({ target: 'Download: server RSS growth < 50 MiB', measured: `${growth.toFixed(1)} MiB`, pass: growth < 50 });
  }
  return verdicts;
}

/** Issue 13: new mail reaches a live stream within a quarter second; a stream's memory is reported, not judged. */
function liveVerdicts(api: ApiResult | null, streams: StreamMemory | null, verdicts: Verdict[]): void {
  const live = api?.ops.find((op) => op.key === 'new-mail');
  if (live?.app && live.floor)
    verdicts.push({
      target: 'New mail: APPEND OK → SSE message.new (median) < 250 ms',
      measured: `${ms(live.app.median)}, p95 ${ms(live.app.p95)} (floor: IDLE EXISTS ${ms(live.floor.median)})`,
      pass: live.app.median < 250,
    });
  // Issue 16: a teammate's change in a shared folder, seen within the second the product promises.
  const shared = api?.ops.find((op) => op.key === 'shared-change');
  if (shared?.app && shared.floor)
    verdicts.push({
      target: 'Shared folder: alice’s STORE OK → bob’s SSE message.flags (p95) < 1 s',
      measured: `median ${ms(shared.app.median)}, p95 ${ms(shared.app.p95)} (floor: bob’s IDLE ${ms(shared.floor.median)}, p95 ${ms(shared.floor.p95)})`,
      pass: shared.app.p95 < 1000,
    });
  const hinted = api?.ops.find((op) => op.key === 'shared-change-hinted');
  if (hinted?.app && hinted.floor)
    verdicts.push({
      target: 'Shared folder, alice in Letterbox: her phone’s STORE OK → bob’s SSE (p95) < 1 s',
      measured: `median ${ms(hinted.app.median)}, p95 ${ms(hinted.app.p95)} (floor: bob’s IDLE ${ms(hinted.floor.median)})`,
      pass: hinted.app.p95 < 1000,
    });
  const presence = api?.ops.find((op) => op.key === 'presence');
  if (presence?.app)
    verdicts.push({
      target: 'Presence: bob’s PUT → carol’s SSE presence (p95) < 1 s',
      measured: `median ${ms(presence.app.median)}, p95 ${ms(presence.app.p95)}`,
      pass: presence.app.p95 < 1000,
    });
  if (streams)
    verdicts.push({
      target: 'Server memory per open stream',
      measured: `${streams.perStreamKiB.toFixed(0)} KiB (${streams.streams} streams of ${streams.users} users, ${streams.imapConnections} IMAP connections)`,
      pass: 'info',
    });
}

/** Issue 12: the load run as 100 people over 3 accounts would make it (load/mix.ts). */
function loadVerdicts(load: LoadResult | null, verdicts: Verdict[]): void {
  const loaded = (target: string, measured: (l: LoadResult) => string, pass: (l: LoadResult) => boolean) =>
    verdicts.push({ target, measured: load ? measured(load) : 'not run', pass: load ? pass(load) : null });
  loaded(
    'Load: 0 errors',
    (l) => `${l.errors} errors in ${l.requests} requests`,
    (l) => l.errors === 0,
  );
  loaded(
    'Load: p95 < 300 ms',
    (l) => `${ms(l.latency.p95)} (${l.users} sessions over ${l.accounts} accounts)`,
    (l) => l.latency.p95 < 300,
  );
  loaded(
    'Load: throughput ≥ 90% of offered',
    (l) => `${(l.servedShare * 100).toFixed(0)}% (${l.throughputPerS.toFixed(1)} of ${l.offeredPerS.toFixed(1)} req/s)`,
    (l) => l.servedShare >= 0.9,
  );
  loaded(
    'Load: < 2 MiB server memory per signed-in user',
    (l) => `${l.perUserMiB.toFixed(2)} MiB`,
    (l) => l.perUserMiB < 2,
  );
}

function browserVerdicts(browser: BrowserResult | null, verdicts: Verdict[]): void {
  const felt = (target: string, value: (b: BrowserResult) => number, limit: number, unit = 'ms') =>
    verdicts.push({
      target: `${target} < ${limit} ${unit}`,
      measured: browser ? `${value(browser).toFixed(unit === 'ms' ? 0 : 1)} ${unit}` : 'not run',
      pass: browser ? value(browser) < limit : null,
    });
  // Issue 12's targets: a new browser at a third of Roundcube 1.6's cold sign-in (1,083 ms here), a returning one < 225 ms;
  // a cached or prefetched message < 50 ms.
  felt('Sign-in to first rows, new browser (median)', (b) => b.signIn.median, 360);
  felt('Sign-in to first rows, returning browser (median)', (b) => b.signInWarm.median, 225);
  felt('Switching folders to first rows (median)', (b) => b.folderFirst.median, 55);
  felt('Click to text, neighbour prefetched (median)', (b) => b.openPrefetched.median, 50);
  felt('Click to text, first open (median)', (b) => b.openFirst.median, 110);
  // Issue 15 asks for it on 20,000 messages; measured on the run's main mailbox (100,000 in a full run) behind the
  // fts Dovecot's index: without one, Dovecot's SORT FROM alone reads every header (1.75 s on 100,000 here).
  felt('Search: Enter to the first result row (median)', (b) => b.search.median, 70);
  // Issue 11: a third of Roundcube 1.6's 176 ms on this kind of machine.
  const star = browser && 'error' in browser.star ? browser.star.error : null;
  if (star)
    verdicts.push({
      target: 'Star click → a second IMAP session sees \\Flagged (median) < 59 ms',
      measured: `not measured: ${star}`,
      pass: null,
    });
  else
    felt(
      'Star click → a second IMAP session sees \\Flagged (median)',
      (b) => ('error' in b.star ? Number.NaN : b.star.seen.median),
      59,
    );
  verdicts.push({
    target: 'New mail: APPEND OK → the row painted in Chromium (median)',
    measured: browser ? `${browser.newMail.median.toFixed(0)} ms, p95 ${browser.newMail.p95.toFixed(0)} ms` : 'not run',
    pass: browser ? 'info' : null,
  });
  felt('First-load JS of /login, gzip', (b) => b.js.login.gzipBytes / KiB, 150, 'KiB');
  felt('First-load JS of /mail, gzip', (b) => b.js.mail.gzipBytes / KiB, 150, 'KiB');
}
