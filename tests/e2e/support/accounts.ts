import { randomBytes } from 'node:crypto';
import { ensureUser } from '../../../scripts/imap/users';
import { indexAndSubscribe } from '../../../scripts/seed/index-and-subscribe';
import { type SeededMessage, seedMailbox } from '../../../scripts/seed/seed-mailbox';
import { E2E_USER_PREFIX } from './prune-users';

/** A Dovecot user made for one test, and what the seeder put in its INBOX. */
export interface TestAccount {
  user: string;
  password: string;
  /** The seeder's manifest of INBOX: index 0 is the newest message (the highest UID). */
  messages: SeededMessage[];
}

/**
 * A brand-new user with a small seeded INBOX (no other folders): every kind of message the
 * seeder plans among the first 20 (a forward with an attached message, attachments, a
 * newsletter with remote images, read and unread mail), at a second or two's cost. Named like the run's users, so
 * the next run's prune removes it once it is an hour old.
 */
export async function createAccount(purpose: string, count = 20): Promise<TestAccount> {
  const user = `${E2E_USER_PREFIX}${purpose}-${randomBytes(4).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  ensureUser(user, password);
  const summary = await seedMailbox({ user, count, folders: false });
  indexAndSubscribe(summary);
  return { user, password, messages: summary.messages.filter((message) => message.folder === 'INBOX') };
}

/** The seeded message of a kind; throws when the seeder made none, so a spec cannot pass on nothing. */
export function seededOfKind(account: TestAccount, kind: SeededMessage['kind']): SeededMessage {
  const found = account.messages.find((message) => message.kind === kind);
  if (!found) throw new Error(`the seeder made no ${kind} message for ${account.user}`);
  return found;
}
