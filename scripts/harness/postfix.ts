import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../imap/paths';

/**
 * Postfix runs only as root (its queue belongs to the postfix user), so rootless the suites
 * skip what sends mail rather than fail at setup; Dovecot alone runs rootless.
 */
export const postfixCanRun = (): boolean => process.getuid?.() === 0;

/**
 * Starts the local Postfix after the full Dovecot it delivers into. Idempotent like
 * startDovecot: one already running, perhaps for another checkout's tests, is left alone, so
 * callers never stop it. A child process: scripts/smtp/cli.ts is the one place that starts Postfix.
 */
export function startPostfix(): void {
  execFileSync(resolve(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/smtp/cli.ts', 'start'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
