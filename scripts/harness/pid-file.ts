import { existsSync, readFileSync } from 'node:fs';

/** The pid a server wrote to `pidFile`, if that process is still alive (a stale file after a crash reads as none). */
export function livePid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
