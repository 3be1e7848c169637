import { randomBytes } from 'node:crypto';
import type { Account } from '@/lib/session/account';
import { doveadm } from '../../../scripts/imap/doveadm';
import { ensureUser } from '../../../scripts/imap/users';
import { recordCredential } from './credentials';
import { IMAP } from './servers';

export interface TestUser {
  user: string;
  password: string;
}

/**
 * A brand-new Dovecot user for one test: no test ever sees another's mail or connections.
 * `userdbFields` change Dovecot settings for this user alone (scripts/imap/users.ts).
 */
export function freshUser(prefix = 'it', userdbFields: Record<string, string> = {}): TestUser {
  const user = `${prefix}-${randomBytes(5).toString('hex')}`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  ensureUser(user, password, userdbFields);
  recordCredential(password);
  return { user, password };
}

/**
 * The session an in-process test hands the app's lib for `user`: a session id of its own (the
 * pool key), on the full Dovecot unless `port` names the minimal one or a proxy in front of it.
 */
export function accountFor(user: TestUser, { port = IMAP.port, session = 'in-process' } = {}): Account {
  return {
    sessionId: `${session}-${user.user}-${port}`,
    user: user.user,
    password: user.password,
    host: IMAP.host,
    port,
    tls: 'false',
  };
}

/** Connections Dovecot holds open for `user` right now (`doveadm who`, one line each after the header). */
export function openConnections(user: string): number {
  return doveadm(['who', '-1', user]).trim().split('\n').length - 1;
}
