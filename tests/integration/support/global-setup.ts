import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startApp, stopApp } from '../../../scripts/harness/app';
import { startDovecot } from '../../../scripts/harness/dovecot';
import { postfixCanRun, startPostfix } from '../../../scripts/harness/postfix';
import { projectRoot } from '../../../scripts/imap/paths';
import { leakedInAppLog, resetCredentials } from './credentials';
import { APP_ENV, APP_LOG, APP_PORT } from './servers';

/**
 * Starts both Dovecot instances and, as root, Postfix (both idempotent) and the production build of the app.
 * `npm test` builds once and sets LETTERBOX_SKIP_BUILD; run alone, this builds first.
 */
export default async function setup(): Promise<() => Promise<void>> {
  startDovecot('all');
  if (postfixCanRun()) startPostfix();
  if (process.env.LETTERBOX_SKIP_BUILD !== '1') {
    execFileSync(resolve(projectRoot, 'node_modules', '.bin', 'next'), ['build'], { cwd: projectRoot, stdio: 'inherit' });
  }
  resetCredentials();
  const app = await startApp({ port: APP_PORT, env: APP_ENV, log: APP_LOG });
  return async () => {
    await stopApp(app);
    // The whole run's log, shutdown included: a leak fails the run even if no test saw it.
    const leaks = leakedInAppLog();
    if (leaks > 0) throw new Error(`${leaks} credential(s) of this run appear in ${APP_LOG}`);
  };
}
