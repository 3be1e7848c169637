import { readdirSync, readFileSync } from 'node:fs';

/** Per phase, in % of one core: a share of "other" work says the machine was not ours alone. */
export interface CpuShare {
  machine: number;
  /** This bench's process tree: the bench itself, the app server, Chromium. */
  mine: number;
  dovecot: number;
  /** Every other process seen while sampling (others' test runs, say), with the busiest named. */
  other: number;
  busiestOther: Array<{ command: string; percent: number }>;
}

/** Above this share of one core taken by other processes, a part's numbers are flagged as disturbed. */
export const DISTURBED_PERCENT = 25;

const TICK_MS = 10;
const DOVECOT = new Set([
  'dovecot',
  'imap',
  'imap-login',
  'auth',
  'anvil',
  'log',
  'config',
  'stats',
  'indexer',
  'indexer-worker',
]);

function readSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Busy CPU time of the whole machine (/proc/stat: all but idle and iowait), in ms. */
function machineMs(): number {
  const [, ...ticks] = (readSafe('/proc/stat').split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
  return ticks.reduce((sum, value, i) => (i === 3 || i === 4 || i > 7 ? sum : sum + (value || 0)), 0) * TICK_MS;
}

type Kind = 'mine' | 'dovecot' | 'other';

type Proc = { kind: Kind; comm: string; ms: number };

function processes(): Map<number, Proc> {
  const raw = new Map<number, { ppid: number; comm: string; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readSafe(`/proc/${entry}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    raw.set(Number(entry), { ppid: Number(fields[1]), comm, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
  }
  const mine = new Set([process.pid]);
  // Parents usually have lower pids, but not always: repeat until the tree stops growing.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, proc] of raw) {
      if (!mine.has(pid) && mine.has(proc.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  const kinds = new Map<number, Proc>();
  for (const [pid, { comm, ms }] of raw) {
    kinds.set(pid, { kind: mine.has(pid) ? 'mine' : DOVECOT.has(comm) ? 'dovecot' : 'other', comm, ms });
  }
  return kinds;
}

/**
 * Watches CPU use until stopped, sampling every process each `everyMs` (0: only at the ends,
 * for parts whose timings a few ms of /proc reading could disturb). A process that ends in
 * between keeps the CPU it had at its last sample; one that lived less than a sample period
 * is only in the machine's total, which is why the three parts need not add up to it.
 */
export function watchCpu(everyMs: number): { stop: () => CpuShare } {
  const started = Date.now();
  const machineStart = machineMs();
  const baseline = processes();
  const last = new Map(baseline);
  const sample = () => {
    for (const [pid, proc] of processes()) last.set(pid, proc);
  };
  const timer = everyMs > 0 ? setInterval(sample, everyMs) : undefined;
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const pct = (ms: number) => (100 * ms) / Math.max(Date.now() - started, 1);
      const used = { mine: 0, dovecot: 0, other: 0 };
      const byCommand = new Map<string, number>();
      for (const [pid, proc] of last) {
        const ms = proc.ms - (baseline.get(pid)?.ms ?? 0);
        used[proc.kind] += ms;
        if (proc.kind === 'other' && ms > 0) byCommand.set(proc.comm, (byCommand.get(proc.comm) ?? 0) + ms);
      }
      const busiestOther = [...byCommand]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([command, ms]) => ({ command, percent: pct(ms) }));
      return {
        machine: pct(machineMs() - machineStart),
        mine: pct(used.mine),
        dovecot: pct(used.dovecot),
        other: pct(used.other),
        busiestOther,
      };
    },
  };
}
