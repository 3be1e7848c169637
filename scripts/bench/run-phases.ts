import { type ApiResult, apiRun } from './api-run';
import type { BenchArgs } from './args';
import { type BrowserResult, browserRun } from './browser/browser-run';
import type { Mailboxes } from './config';
import { type CpuShare, DISTURBED_PERCENT, watchCpu } from './cpu-share';
import { type StreamMemory, streamMemory } from './live/stream-memory';
import { type LoadResult, loadRun } from './load/load-run';

export interface RunResult {
  /** Null with --only-load. */
  api: ApiResult | null;
  browser: BrowserResult | null;
  load: LoadResult | null;
  /** Issue 13: open live streams and what they cost the server. Null with --only-load. */
  streams: StreamMemory | null;
  /** CPU use per phase, in % of one core; "other" is work that was neither ours nor Dovecot's. */
  cpu: Record<string, CpuShare>;
}

/** The three parts in turn, each with its CPU share noted: the machine is shared, and it shows. */
export async function runPhases(
  args: BenchArgs,
  boxes: Mailboxes,
  serverPid: number,
  log: (line: string) => void,
): Promise<RunResult> {
  const cpu: Record<string, CpuShare> = {};
  const phase = async <T>(name: string, work: () => Promise<T>, sampleMs = 1000): Promise<T> => {
    const watch = watchCpu(sampleMs);
    const result = await work();
    const share = watch.stop();
    cpu[name] = share;
    const pct = (value: number) => `${value.toFixed(0)}%`;
    const busiest = share.busiestOther.map((p) => `${p.command} ${pct(p.percent)}`).join(', ');
    log(
      `${name}: CPU ${pct(share.machine)} of one core: bench+app ${pct(share.mine)}, Dovecot ${pct(share.dovecot)}, ` +
        `other processes ${pct(share.other)}${busiest ? ` (${busiest})` : ''}`,
    );
    if (share.other > DISTURBED_PERCENT)
      log(`warning: other processes used ${pct(share.other)} of a core during ${name}: its numbers are disturbed`);
    return result;
  };
  if (args.onlyLoad)
    return { api: null, browser: null, streams: null, load: await runLoad(args, boxes, serverPid, log, phase), cpu };
  // The API timings are the finest: no /proc sampling in the middle of them.
  const { result: api, app } = await phase('api', () => apiRun(boxes.main.user, serverPid, args, log), 0);
  let browser: BrowserResult | null = null;
  if (args.browser) {
    const plan = {
      user: boxes.main.user,
      inboxSize: boxes.main.count,
      uidValidity: api.uidValidity,
      scrollUser: boxes.scroll.user,
      scrollTotal: boxes.scroll.count,
      reps: args.reps,
      scrollReps: args.smoke ? 1 : 3,
      app,
    };
    browser = await phase('browser', () => browserRun(plan, log));
  }
  await app.signOut();
  const shape = args.smoke ? { users: 5, perUser: 2 } : { users: 50, perUser: 4 };
  const streams = await phase('streams', () => streamMemory(serverPid, shape, log));
  const load = await runLoad(args, boxes, serverPid, log, phase);
  return { api, browser, streams, load, cpu } satisfies RunResult;
}

type Phase = <T>(name: string, work: () => Promise<T>) => Promise<T>;

function runLoad(args: BenchArgs, boxes: Mailboxes, serverPid: number, log: (line: string) => void, phase: Phase) {
  if (!args.load) return Promise.resolve(null);
  const { loadUsers: users, loadSeconds: seconds, thinkMs, ramp } = args;
  log(`load: ${users} users on ${boxes.load.length} accounts of ${boxes.load[0]?.count} messages for ${seconds} s…`);
  return phase('load', () => loadRun({ accounts: boxes.load, users, seconds, thinkMs, ramp }, serverPid, log));
}
