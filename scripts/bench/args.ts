/**
 * `npm run bench [-- options]`. Full mode is what docs/benchmark.md quotes; --smoke is the
 * cheap run `npm test` does so the harness cannot rot (small mailboxes, 3 repetitions,
 * targets not judged, exit 1 when the harness itself breaks or any request fails).
 */
export interface BenchArgs {
  smoke: boolean;
  /** Skip `next build` when .next/BUILD_ID exists (always so in smoke mode). */
  noBuild: boolean;
  reps: number;
  warmup: number;
  browser: boolean;
  /** Skip the API operations (and so the browser, which reuses their session): the load run alone. */
  onlyLoad: boolean;
  load: boolean;
  /** The capacity ramp after the load run; full mode only. */
  ramp: boolean;
  loadUsers: number;
  /** Accounts the users are spread over, round-robin, and the INBOX size of each. */
  loadAccounts: number;
  loadMessages: number;
  loadSeconds: number;
  /** Mean pause between one simulated user's requests (uniform in [0.5, 1.5] × this). */
  thinkMs: number;
  /** Server processes behind the app's port (scripts/harness/cluster-app.mjs); 1 is a plain `next start`. */
  processes: number;
}

export const USAGE = `usage: npm run bench -- [--smoke] [--no-build] [--reps N] [--no-browser] [--no-load] [--only-load]
                            [--no-ramp] [--load-users N] [--load-accounts N] [--load-messages N]
                            [--load-seconds N] [--think-ms N] [--processes N]
  --only-load   skip the API operations and the browser: seed the load accounts, run the load part
  --no-ramp     skip the capacity ramp that follows the load run (full mode; smoke never ramps)
  --processes   serve the app as N processes behind one port (Node's cluster module), to compare with 1`;

export class UsageError extends Error {}

type NumberKey = 'reps' | 'loadUsers' | 'loadAccounts' | 'loadMessages' | 'loadSeconds' | 'thinkMs' | 'processes';

export function parseArgs(argv: string[]): BenchArgs {
  const smoke = argv.includes('--smoke');
  const onlyLoad = argv.includes('--only-load');
  const args: BenchArgs = {
    smoke,
    noBuild: smoke || argv.includes('--no-build'),
    reps: smoke ? 3 : 20,
    warmup: smoke ? 1 : 3,
    browser: !onlyLoad && !argv.includes('--no-browser'),
    onlyLoad,
    load: !argv.includes('--no-load'),
    ramp: !smoke && !argv.includes('--no-ramp'),
    loadUsers: smoke ? 5 : 100,
    loadAccounts: smoke ? 2 : 3,
    loadMessages: smoke ? 300 : 20_000,
    loadSeconds: smoke ? 5 : 60,
    // Smoke: short pauses, so its few seconds still reach every request kind of the mix.
    thinkMs: smoke ? 250 : 1000,
    processes: 1,
  };
  const numbers: Record<string, NumberKey> = {
    '--reps': 'reps',
    '--load-users': 'loadUsers',
    '--load-accounts': 'loadAccounts',
    '--load-messages': 'loadMessages',
    '--load-seconds': 'loadSeconds',
    '--think-ms': 'thinkMs',
    '--processes': 'processes',
  };
  const flags = new Set(['--smoke', '--no-build', '--no-browser', '--no-load', '--only-load', '--no-ramp']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const key = numbers[arg];
    if (key) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new UsageError(`${arg} needs a non-negative integer`);
      args[key] = value;
    } else if (!flags.has(arg)) {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (args.reps < 1) throw new UsageError('--reps must be at least 1');
  if (args.loadAccounts < 1 || args.loadMessages < 1)
    throw new UsageError('--load-accounts and --load-messages must be at least 1');
  if (args.loadSeconds < 1) throw new UsageError('--load-seconds must be at least 1');
  if (args.processes < 1) throw new UsageError('--processes must be at least 1');
  if (onlyLoad && !args.load) throw new UsageError('--only-load and --no-load leave nothing to run');
  return args;
}
