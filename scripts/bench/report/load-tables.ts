import type { LoadResult } from '../load/load-run';
import { REQUEST_KINDS } from '../load/mix';
import type { Summary } from '../stats';
import type { Table } from './tables';

const num = (value: number, digits = 1) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : value > 0
      ? '∞'
      : '—';
const mp = (s: Summary | undefined) => (s ? `${num(s.median)} / ${num(s.p95)}` : '—');
const share = (load: Pick<LoadResult, 'servedShare'>) => `${num(load.servedShare * 100, 0)}%`;

export function loadTable(load: LoadResult): Table {
  const rows = [
    [
      'Accounts × INBOX messages; signed-in sessions (round-robin)',
      `${load.accounts} × ${load.messagesPerAccount.toLocaleString('en-US')}; ${load.users}`,
    ],
    [
      'Measured, think time after each request',
      `${num(load.seconds, 0)} s after ${num(load.warmupS)} s of warm-up, 0.5–1.5 × ${load.thinkMs} ms`,
    ],
    ['Offered load (sessions / mean think time)', `${num(load.offeredPerS)} req/s`],
    ['Served: requests, throughput, share of offered', `${load.requests}, ${num(load.throughputPerS)} req/s, ${share(load)}`],
    ['Errors', load.errors ? `${load.errors}: ${JSON.stringify(load.errorKinds)}` : '0'],
    ['Latency, all requests (median / p95 ms)', mp(load.latency)],
    ...REQUEST_KINDS.map((kind) => [`Latency, ${kind} (median / p95 ms)`, mp(load.byRequest[kind])]),
    ['Sign-in while 10 at a time sign in (median / p95 ms)', mp(load.signIn)],
    [
      'Server RSS, MiB: before → signed in → peak → after',
      [load.rssBeforeMiB, load.rssSignedInMiB, load.rssPeakMiB, load.rssAfterMiB].map((v) => num(v, 0)).join(' → '),
    ],
    ['Server memory per signed-in session (RSS after − before, / sessions)', `${num(load.perUserMiB, 2)} MiB`],
    ['Server CPU: share of one core, per request', `${num(load.serverCpuPercent, 0)}%, ${num(load.serverCpuMsPerRequest)} ms`],
  ];
  if (load.capacity) rows.push(['Sessions one instance holds with p95 < 300 ms, no errors', load.capacity.holds]);
  return { title: `Load run (each session loops: ${load.mix})`, head: ['Measure', 'Value'], rows };
}

/** One row per ramp step; the main run is the first row, so the table reads as one ramp. */
export function capacityTable(load: LoadResult): Table | null {
  const capacity = load.capacity;
  if (!capacity) return null;
  const main = {
    users: load.users,
    throughputPerS: load.throughputPerS,
    offeredPerS: load.offeredPerS,
    median: load.latency.median,
    p95: load.latency.p95,
    errors: load.errors,
    serverCpuPercent: load.serverCpuPercent,
  };
  const rows = [main, ...capacity.steps].map((step, i) => [
    `${step.users}${i === 0 ? ' (the load run)' : ''}`,
    `${num(step.throughputPerS)} / ${num(step.offeredPerS)} (${num((step.throughputPerS / step.offeredPerS) * 100, 0)}%)`,
    `${num(step.median)} / ${num(step.p95)}`,
    String(step.errors),
    `${num(step.serverCpuPercent, 0)}%`,
  ]);
  return {
    title: `Capacity ramp (each step ${capacity.warmupS} s warm-up, then ${capacity.stepSeconds} s measured; holds: ${capacity.holds})`,
    head: ['Sessions', 'Served / offered req/s', 'Latency median / p95 ms', 'Errors', 'Server CPU, one core'],
    rows,
  };
}
