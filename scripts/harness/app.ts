import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../imap/paths';
import { LOOPBACK } from './ports';

export interface AppOptions {
  port: number;
  /** The app's whole environment besides PATH and HOME: nothing from the caller's shell (say a NODE_OPTIONS) leaks in. */
  env: Record<string, string>;
  /** The server's stdout and stderr, truncated at start: one file per run. */
  log: string;
  /** A directory holding a `.next` build (the bench serves a snapshot of it); the checkout's own by default. */
  dir?: string;
  /** Server processes behind one port (cluster-app.mjs); 1, a plain `next start`, by default. */
  processes?: number;
}

export interface AppServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code (or the signal's name). */
  stop: () => Promise<number | string | null>;
  /** How the server ended when nobody asked it to (a signal from another process, a crash), else null. */
  died: () => string | null;
}

const HEALTHY_WITHIN_MS = 60_000;

/** `next start` of the production build on 127.0.0.1:`port`; resolves once /api/health answers. */
export async function startApp({ port, env, log, dir, processes = 1 }: AppOptions): Promise<AppServer> {
  const url = `http://${LOOPBACK}:${port}`;
  // A server left over from a crashed run would answer the health check in our place.
  if (await healthy(url)) throw new Error(`port ${port} already serves an app; stop that process first`);
  mkdirSync(dirname(log), { recursive: true });
  // The log goes straight into a file, never into a pipe this process must drain: pino writes
  // stdout synchronously, so a busy caller (the bench) would stall the server it measures.
  const fd = openSync(log, 'w');
  const next = resolve(projectRoot, 'node_modules', '.bin', 'next');
  const startArgs = ['start', ...(dir ? [dir] : []), '-p', String(port), '-H', LOOPBACK];
  const [command, args] =
    processes > 1
      ? [process.execPath, [resolve(projectRoot, 'scripts/harness/cluster-app.mjs'), String(processes), next, ...startArgs]]
      : [next, startArgs];
  const child = spawn(command, args, {
    cwd: projectRoot,
    // Dovecot's push hints reach it where it listens (scripts/imap/letterbox-push.lua), unless `env` says otherwise.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LIVE_PUSH_URL: url,
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}; see ${log}`);
    if (await healthy(url)) {
      let stopping = false;
      let died: string | null = null;
      child.once('exit', (code, signal) => {
        if (!stopping) died = signal ? `signal ${signal}` : `exit code ${code}`;
      });
      const stop = () => {
        stopping = true;
        return terminate(child);
      };
      return { child, port, url, stop, died: () => died };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not become healthy within ${HEALTHY_WITHIN_MS / 1000} s; see ${log}`);
}

/** Stops a server startApp started; safe to call again once it has ended. */
export function stopApp(server: AppServer): Promise<number | string | null> {
  return server.stop();
}

/**
 * SIGTERM (instrumentation.ts logs every pooled IMAP connection out, then exits), SIGKILL
 * after `timeoutMs`. Resolves with the exit code, or the signal's name; at once if it has ended.
 */
function terminate(child: ChildProcess, timeoutMs = 15_000): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done(code ?? signal);
    });
    child.kill('SIGTERM');
  });
}

function healthy(url: string): Promise<boolean> {
  return fetch(`${url}/api/health`).then(
    (response) => response.ok,
    () => false,
  );
}
