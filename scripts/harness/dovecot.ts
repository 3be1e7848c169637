import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../imap/paths';

/**
 * Starts the local Dovecot: the full instance, the IMAP4rev1-only one the fallback tests use
 * and the one with a full-text index, unless `full` alone is asked for. Idempotent: an instance already
 * running, perhaps for another checkout's tests, is left alone, so callers never stop it.
 * A child process rather than an import: scripts/imap/cli.ts is the one place that knows
 * how to start Dovecot, and `npm run imap:start` runs the very same code.
 */
export function startDovecot(instances: 'all' | 'full' = 'all'): void {
  execFileSync(
    resolve(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['scripts/imap/cli.ts', 'start', ...(instances === 'all' ? ['--all'] : [])],
    { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

/** Starts or stops the spare instance: the one a test may restart under the app (PORTS.imapSpare). */
export function spareDovecot(command: 'start' | 'stop'): void {
  execFileSync(resolve(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/imap/cli.ts', command, '--spare'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
