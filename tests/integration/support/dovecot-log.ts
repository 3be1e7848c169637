import { readFileSync } from 'node:fs';
import { type InstanceKind, instancePaths } from '../../../scripts/imap/paths';

/** Dovecot's own account of a user's sessions: one "Login:" line per authenticated connection. */
export function dovecotLines(user: string, kind: InstanceKind = 'full'): string[] {
  const log = readFileSync(instancePaths(kind).log, 'utf8');
  return log.split('\n').filter((line) => line.includes(`user=<${user}>`) || line.includes(`imap(${user})`));
}

export const loginCount = (user: string, kind: InstanceKind = 'full') =>
  dovecotLines(user, kind).filter((line) => line.includes('imap-login: Info: Login:')).length;

export const logoutCount = (user: string, kind: InstanceKind = 'full') =>
  dovecotLines(user, kind).filter((line) => line.includes('Disconnected: Logged out')).length;
