/**
 * `npm run bench`: Letterbox's HTTP API against direct IMAP (the floor) on a 100,000-message
 * mailbox, a load run of 100 sessions over 3 accounts of 20,000 messages with a capacity ramp,
 * and what a person feels in Chromium. See docs/benchmark.md.
 * Exit 0 when the harness ran (targets are printed, never fatal); 1 when it broke, or when a
 * smoke run saw any failed request, so `npm test`'s smoke step cannot rot silently.
 */
import { loadavg } from 'node:os';
import { parseArgs, USAGE, UsageError } from './args';
import { snapshotBuild } from './build-snapshot';
import { APP_LOG, APP_PORT, mailboxes } from './config';
import { report } from './report/report';
import { runPhases } from './run-phases';
import { ensureSeeded } from './seed';
import { type AppServer, ensureBuild, ensureDovecot, startApp } from './servers';

const log = (line: string) => console.log(`bench: ${line}`);
const startedAt = new Date();
// The machine is shared (others' test runs): the load average says how quiet it was.
const loadAtStart = loadavg();

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`bench: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  throw error;
}

let server: AppServer | null = null;
// Ctrl-C must not leave a `next start` behind on the bench's port.
process.once('SIGINT', () => void server?.stop().finally(() => process.exit(130)));
if ((loadAtStart[0] ?? 0) > 1) log(`warning: the machine is busy (load average ${loadAtStart[0]?.toFixed(2)}): expect noise`);

try {
  ensureDovecot();
  const boxes = mailboxes(args.smoke, { accounts: args.loadAccounts, messages: args.loadMessages });
  const scroll = args.browser && boxes.scroll !== boxes.main ? [boxes.scroll] : [];
  await ensureSeeded([...(args.onlyLoad ? [] : [boxes.main]), ...scroll, ...(args.load ? boxes.load : [])], log);
  ensureBuild(args.noBuild, log);
  server = await startApp(await snapshotBuild(log), args.processes);
  const plan = args.onlyLoad ? 'the load part only' : `${args.reps} repetitions after ${args.warmup} warm-up rounds`;
  const processes = args.processes > 1 ? `, ${args.processes} server processes` : '';
  log(`app on port ${APP_PORT}, server pid ${server.pid}${processes}; ${plan}`);
  const run = await runPhases(args, boxes, server.pid, log);
  // Measured against a server that went away mid-run, the numbers describe nothing.
  const died = server.died();
  if (died) throw new Error(`the app server ended during the run (${died}); see ${APP_LOG}`);
  await server.stop();
  server = null;
  report(run, args, startedAt, loadAtStart, log);
  if (args.smoke && run.load && run.load.errors > 0) {
    console.error(`bench: the smoke run saw ${run.load.errors} failed requests`);
    process.exit(1);
  }
} catch (error) {
  console.error('bench: the harness failed:', error);
  const died = server?.died();
  if (died) console.error(`bench: the app server had ended (${died}); see ${APP_LOG}`);
  await server?.stop();
  process.exit(1);
}
