import { randomBytes } from 'node:crypto';
import { ensureUser } from '../../../scripts/imap/users';
import { recordCredential } from './credentials';

export interface TestUser {
  user: string;
  password: string;
}

/** A brand-new Dovecot user for one test: no test ever sees another's mail or connections. */
export function freshUser(prefix = 'it'): TestUser {
  const user = `${prefix}-${randomBytes(5).toString('hex')}`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  ensureUser(user, password);
  recordCredential(password);
  return { user, password };
}
