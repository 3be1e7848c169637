/**
 * Seeds a local Dovecot user with test mail:
 *   npx tsx scripts/seed/cli.ts --user alice --password secret --count 300 [--seed 1] [--no-folders] [--no-index] [--full-text]
 *
 * Adds the user if missing, writes the Maildir (seed-mailbox.ts), then lets Dovecot
 * index it and subscribes the extra folders. Exit codes: 0 done, 1 seeding failed,
 * 2 bad arguments, 3 mail written but Dovecot could not index it (not running?).
 */
import { ensureUser } from '../imap/users';
import { parseCliArgs, USAGE, UsageError } from './cli-args';
import { indexAndSubscribe } from './index-and-subscribe';
import { type SeedSummary, seedMailbox } from './seed-mailbox';

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

function fail(code: number, message: string): never {
  console.error(`seed: ${message}`);
  process.exit(code);
}

/** doveadm's own stderr line is the useful part of an execFileSync error. */
function doveadmError(err: unknown): string {
  const e = err as { code?: string; stderr?: string; message?: string };
  if (e.code === 'ENOENT') return 'doveadm is not installed (see scripts/install-system.sh)';
  return (e.stderr || e.message || String(err)).trim().split('\n').slice(-3).join(' | ');
}

function printSummary(summary: SeedSummary): void {
  for (const f of summary.folders) {
    const mib = (f.bytes / 1024 / 1024).toFixed(1);
    console.log(
      `  ${f.path.padEnd(18)} total ${String(f.total).padStart(7)}  unseen ${String(f.unseen).padStart(6)}  ` +
        `flagged ${String(f.flagged).padStart(5)}  ${mib.padStart(7)} MiB  ${f.status}`,
    );
  }
}

let args: ReturnType<typeof parseCliArgs>;
try {
  args = parseCliArgs(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) fail(2, `${err.message}\n\n${USAGE}`);
  throw err;
}

let summary: SeedSummary;
try {
  ensureUser(args.user, args.password);
  summary = await seedMailbox({ user: args.user, count: args.count, seed: args.seed, folders: args.folders });
} catch (err) {
  fail(1, err instanceof Error ? err.message : String(err));
}
const seeded = performance.now();
console.log(`seeded ${args.user} (seed ${args.seed}) in ${seconds(started)}:`);
printSummary(summary);

if (args.index) {
  try {
    indexAndSubscribe(summary, { fullText: args.fullText });
    console.log(`indexed by Dovecot in ${seconds(seeded)}`);
  } catch (err) {
    console.error(`seed: the mail is on disk, but Dovecot could not index it: ${doveadmError(err)}`);
    console.error(
      'seed: start Dovecot with `npm run imap:start` and re-run the same command (it is idempotent), or pass --no-index.',
    );
    console.log(`total ${seconds(started)}`);
    process.exit(3);
  }
}
console.log(`total ${seconds(started)}`);
