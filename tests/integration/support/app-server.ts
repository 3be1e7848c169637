import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { projectRoot } from '../../../scripts/imap/paths';

/** Starts the production build (`next start`) and resolves once /api/health answers. */
export async function startAppServer(options: { port: number; env: Record<string, string>; log: string }): Promise<ChildProcess> {
  // A server left over from a crashed run would answer the health check in our place.
  if (await healthy(options.port)) throw new Error(`port ${options.port} is already serving an app; stop that process first`);
  mkdirSync(dirname(options.log), { recursive: true });
  const log = createWriteStream(options.log, { flags: 'a' });
  const child = spawn(resolve(projectRoot, 'node_modules/.bin/next'), ['start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}; see ${options.log}`);
    if (await healthy(options.port)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the app server did not become healthy within 60 s; see ${options.log}`);
}

/** SIGTERM, then wait for the exit; resolves with the exit code (or the signal name). */
export function stopAppServer(child: ChildProcess, timeoutMs = 15_000): Promise<number | string | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done(code ?? signal);
    });
    child.kill('SIGTERM');
  });
}

function healthy(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/api/health`).then(
    (response) => response.ok,
    () => false,
  );
}
