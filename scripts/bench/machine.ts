import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { projectRoot } from '../imap/paths';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  dovecot: string;
  chromium: string;
  next: string;
  /** The commit measured; "+dirty" when the working tree had changes. */
  commit: string;
}

const run = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** What the numbers were measured on: they mean little without it. */
export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const next = JSON.parse(readFileSync(`${projectRoot}/node_modules/next/package.json`, 'utf8')) as { version: string };
  const dirty = run('git', ['status', '--porcelain']) !== '';
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    dovecot: run('dovecot', ['--version']).split(' ')[0] ?? 'unknown',
    chromium: run('/usr/bin/chromium', ['--version']),
    next: next.version,
    commit: `${run('git', ['rev-parse', '--short', 'HEAD'])}${dirty ? '+dirty' : ''}`,
  };
}
