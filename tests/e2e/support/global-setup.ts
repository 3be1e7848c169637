import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDovecot } from '../../../scripts/harness/dovecot';
import { ensureUser } from '../../../scripts/imap/users';
import { indexAndSubscribe } from '../../../scripts/seed/index-and-subscribe';
import { seedMailbox } from '../../../scripts/seed/seed-mailbox';
import { appendHostileCorpus } from './hostile-mailbox';
import { E2E_USER_PREFIX, pruneOldE2eUsers } from './prune-users';
import { RESULTS_DIR, writeAccount } from './run-data';

/**
 * Starts Dovecot (idempotent) and seeds a brand-new user for this run, as `npm run seed`
 * would; the user is kept for inspection and pruned by a later run. It does not build:
 * playwright.config.ts refuses to run without a production build, and `npm test` builds
 * once before every tier.
 */
export default async function globalSetup(): Promise<void> {
  startDovecot('all');

  pruneOldE2eUsers();
  const user = `${E2E_USER_PREFIX}${randomBytes(5).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  ensureUser(user, password);
  const summary = await seedMailbox({ user, count: 300 });
  indexAndSubscribe(summary);

  // The same seed gives the same mail and flags: a twin nobody else signs in as, so the
  // seeded unread counts still hold when other specs have read messages of the main user.
  const pristine = { user: `${user}-pristine`, password: `pw-${randomBytes(12).toString('base64url')}` };
  ensureUser(pristine.user, pristine.password);
  indexAndSubscribe(await seedMailbox({ user: pristine.user, count: 300 }));

  // Only an INBOX, so it costs a second or two: the list must stay small in the DOM however long the folder is.
  const large = { user: `${user}-large`, password: `pw-${randomBytes(12).toString('base64url')}`, total: 2000 };
  ensureUser(large.user, large.password);
  indexAndSubscribe(await seedMailbox({ user: large.user, count: large.total, folders: false }));

  // The hostile corpus alone, so its messages are the whole INBOX and no other spec opens them.
  const hostileUser = { user: `${user}-hostile`, password: `pw-${randomBytes(12).toString('base64url')}` };
  ensureUser(hostileUser.user, hostileUser.password);
  const hostile = { ...hostileUser, messages: await appendHostileCorpus(hostileUser.user, hostileUser.password) };

  console.log(`e2e: seeded ${user} (${summary.folders.map((f) => `${f.path} ${f.unseen}/${f.total}`).join(', ')})`);

  // Outside Playwright's outputDir, so emptied here: what is there after a run is that run's.
  rmSync(resolve(RESULTS_DIR, 'screenshots'), { recursive: true, force: true });
  writeAccount({
    user,
    password,
    folders: summary.folders.map(({ path, total, unseen }) => ({ path, total, unseen })),
    messages: summary.messages.filter((message) => message.folder === 'INBOX' && message.index < 40),
    pristine,
    large,
    hostile,
  });
}
