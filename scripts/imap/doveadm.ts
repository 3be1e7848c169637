import { execFileSync } from 'node:child_process';
import { type InstanceKind, instancePaths } from './paths';

/** Runs doveadm against one of the project's own Dovecot instances, never the system one. */
export function doveadm(args: string[], kind: InstanceKind = 'full'): string {
  return execFileSync('doveadm', ['-c', instancePaths(kind).config, ...args], { encoding: 'utf8' });
}
