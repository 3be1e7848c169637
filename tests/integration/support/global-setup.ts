import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { projectRoot } from '../../../scripts/imap/paths';
import { startAppServer, stopAppServer } from './app-server';
import { leakedInAppLog, resetCredentials } from './credentials';
import { APP_ENV, APP_LOG, APP_PORT } from './servers';

/**
 * Starts both Dovecot instances (idempotent) and the production build of the app.
 * `npm test` builds once and sets LETTERBOX_SKIP_BUILD; run alone, this builds first.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const tsx = `${projectRoot}/node_modules/.bin/tsx`;
  execFileSync(tsx, ['scripts/imap/cli.ts', 'start', '--all'], { cwd: projectRoot, stdio: 'inherit' });
  if (process.env.LETTERBOX_SKIP_BUILD !== '1') {
    execFileSync(`${projectRoot}/node_modules/.bin/next`, ['build'], { cwd: projectRoot, stdio: 'inherit' });
  }
  rmSync(APP_LOG, { force: true });
  resetCredentials();
  const app = await startAppServer({ port: APP_PORT, env: APP_ENV, log: APP_LOG });
  return async () => {
    await stopAppServer(app);
    // The whole run's log, shutdown included: a leak fails the run even if no test saw it.
    const leaks = leakedInAppLog();
    if (leaks > 0) throw new Error(`${leaks} credential(s) of this run appear in ${APP_LOG}`);
  };
}
