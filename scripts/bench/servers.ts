import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../imap/paths';
import { APP_LOG, APP_PORT, APP_URL, appEnv } from './config';
import { serverPid } from './rss';

const bin = (name: string) => resolve(projectRoot, 'node_modules', '.bin', name);

/** Idempotent: a Dovecot already running (others share it) is left alone. */
export function ensureDovecot(): void {
  execFileSync(bin('tsx'), ['scripts/imap/cli.ts', 'start', '--all'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** The production build; reused when asked to and one exists (or someone's `next build` is making it: .next/lock). */
export function ensureBuild(reuse: boolean, log: (line: string) => void): void {
  const exists = ['BUILD_ID', 'lock'].some((file) => existsSync(resolve(projectRoot, '.next', file)));
  if (reuse && exists) {
    log('reusing the production build in .next/');
    return;
  }
  log('building the app (next build)…');
  execFileSync(bin('next'), ['build'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
}

export interface AppServer {
  child: ChildProcess;
  /** The process that serves HTTP: `next start` may run the server in a child of its own. */
  pid: number;
  stop: () => Promise<void>;
  /** How the server ended when nobody asked it to (a signal from another process, a crash), else null. */
  died: () => string | null;
}

/**
 * `next start <snapshot>` on 127.0.0.1:3200 (build-snapshot.ts), like
 * tests/integration/support/app-server.ts; resolves once /api/health answers.
 */
export async function startApp(dir: string): Promise<AppServer> {
  if (await healthy()) throw new Error(`port ${APP_PORT} already serves something; stop that process first`);
  mkdirSync(dirname(APP_LOG), { recursive: true });
  // The server writes its log straight into a file, never into a pipe the bench must drain:
  // pino writes stdout synchronously, so a busy bench would stall the server it measures.
  const log = openSync(APP_LOG, 'w');
  const child = spawn(bin('next'), ['start', dir, '-p', String(APP_PORT), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    // Only what the app needs: nothing from the caller's shell (say a NODE_OPTIONS) skews the numbers.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...appEnv() } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}; see ${APP_LOG}`);
    if (await healthy()) {
      const pid = serverPid(child.pid ?? 0, APP_PORT);
      let stopping = false;
      let died: string | null = null;
      child.once('exit', (code, signal) => {
        if (!stopping) died = signal ? `signal ${signal}` : `exit code ${code}`;
      });
      const stop = () => {
        stopping = true;
        return stopApp(child);
      };
      return { child, pid, stop, died: () => died };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not become healthy within 60 s; see ${APP_LOG}`);
}

/** SIGTERM (the app logs its IMAP connections out), SIGKILL after 15 s. */
function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

function healthy(): Promise<boolean> {
  return fetch(`${APP_URL}/api/health`).then(
    (response) => response.ok,
    () => false,
  );
}
