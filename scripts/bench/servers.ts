import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppServer as HarnessApp, startApp as startHarnessApp } from '../harness/app';
import { startDovecot } from '../harness/dovecot';
import { postfixCanRun, startPostfix } from '../harness/postfix';
import { projectRoot } from '../imap/paths';
import { APP_LOG, APP_PORT, appEnv } from './config';
import { serverPid } from './rss';

/** Idempotent: a Dovecot (and, as root, a Postfix) already running (others share them) is left alone. */
export function ensureDovecot(): void {
  startDovecot('all');
  if (postfixCanRun()) startPostfix();
}

/** The production build; reused when asked to and one exists (or someone's `next build` is making it: .next/lock). */
export function ensureBuild(reuse: boolean, log: (line: string) => void): void {
  const exists = ['BUILD_ID', 'lock'].some((file) => existsSync(resolve(projectRoot, '.next', file)));
  if (reuse && exists) {
    log('reusing the production build in .next/');
    return;
  }
  log('building the app (next build)…');
  execFileSync(resolve(projectRoot, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export interface AppServer extends HarnessApp {
  /** The process that serves HTTP, whose CPU and memory (with its children's) the bench measures: `next start` may run the server in a child of its own. */
  pid: number;
}

/**
 * The harness's app server on the bench port, serving the build snapshot `dir` (build-snapshot.ts),
 * as `processes` server processes (cluster-app.mjs) when more than one.
 */
export async function startApp(dir: string, processes = 1): Promise<AppServer> {
  const server = await startHarnessApp({ port: APP_PORT, env: appEnv(), log: APP_LOG, dir, processes });
  // Several processes: the cluster's primary, whose tree (rss.ts) holds the workers.
  const pid = processes > 1 ? (server.child.pid ?? 0) : serverPid(server.child.pid ?? 0, APP_PORT);
  return { ...server, pid };
}
