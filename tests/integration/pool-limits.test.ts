import { describe, expect, it } from 'vitest';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import type { Account } from '@/lib/session/account';
import { withAppSettings } from './support/app-env';
import { logoutCount } from './support/dovecot-log';
import { accountFor, freshUser, openConnections } from './support/users';

/** Connections Dovecot holds open for these users right now. */
const openFor = (users: string[]) => users.reduce((sum, user) => sum + openConnections(user), 0);

describe('pool limits (in process, against Dovecot)', () => {
  withAppSettings({ IMAP_POOL_MAX_TOTAL: '2', IMAP_POOL_IDLE_MS: '1500' });

  it('stays under the total cap by logging out the least recently used idle connection', async () => {
    const users = [freshUser('cap'), freshUser('cap'), freshUser('cap')];
    const names = users.map((u) => u.user);
    const [a, b, c] = users.map((u) => accountFor(u, { session: 'limits' })) as [Account, Account, Account];
    await listMailboxes(a);
    await listMailboxes(b);
    expect(openFor(names)).toBe(2);
    await listMailboxes(c);
    await expect.poll(() => logoutCount(a.user)).toBe(1);
    expect(openFor(names)).toBe(2);
    expect(logoutCount(b.user)).toBe(0);

    // Idle connections log out after IMAP_POOL_IDLE_MS; the session reconnects on demand.
    await expect.poll(() => openFor(names), { timeout: 5_000, interval: 250 }).toBe(0);
    expect(logoutCount(b.user) + logoutCount(c.user)).toBe(2);
    expect((await listMailboxes(a)).map((m) => m.path)).toContain('INBOX');
  });
});
