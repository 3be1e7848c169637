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
  load: boolean;
  loadUsers: number;
  loadSeconds: number;
  /** Mean pause between one simulated user's requests (uniform in [0.5, 1.5] × this). */
  thinkMs: number;
}

export const USAGE = `usage: npm run bench -- [--smoke] [--no-build] [--reps N] [--no-browser] [--no-load]
                            [--load-users N] [--load-seconds N] [--think-ms N]`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): BenchArgs {
  const smoke = argv.includes('--smoke');
  const args: BenchArgs = {
    smoke,
    noBuild: smoke || argv.includes('--no-build'),
    reps: smoke ? 3 : 20,
    warmup: smoke ? 1 : 3,
    browser: !argv.includes('--no-browser'),
    load: !argv.includes('--no-load'),
    loadUsers: smoke ? 5 : 100,
    loadSeconds: smoke ? 5 : 60,
    thinkMs: 1000,
  };
  const numbers: Record<string, 'reps' | 'loadUsers' | 'loadSeconds' | 'thinkMs'> = {
    '--reps': 'reps',
    '--load-users': 'loadUsers',
    '--load-seconds': 'loadSeconds',
    '--think-ms': 'thinkMs',
  };
  const flags = new Set(['--smoke', '--no-build', '--no-browser', '--no-load']);
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
  return args;
}
