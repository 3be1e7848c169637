import { describe, expect, it } from 'vitest';
import { closeSession } from '@/lib/imap/connection/pool';
import { openWatcher, type WatchEvent } from '@/lib/imap/connection/watcher';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { withDirectImap } from './support/direct-imap';
import { sentCommandsByConnection } from './support/rawlog';
import { accountFor, freshUser, openConnections, type TestUser } from './support/users';

const accountOf = (user: TestUser) => accountFor(user, { session: 'watch' });

const appendOne = (owner: TestUser, subject: string) =>
  withDirectImap(owner, (imap) => imap.append('INBOX', `Subject: ${subject}\r\n\r\nHi.\r\n`));

describe('the watcher slot (in process, against Dovecot)', () => {
  it('hears an EXISTS pushed by IDLE at once, on a connection that is never leased for commands', async () => {
    const owner = freshUser('watch');
    const account = accountOf(owner);
    const events: Array<WatchEvent & { at: number }> = [];
    const watch = await openWatcher(account, {
      mailbox: 'INBOX',
      isAlive: () => true,
      onEvent: (event) => events.push({ ...event, at: Date.now() }),
    });
    // A read of the same session meanwhile takes a pooled connection, not the watcher.
    expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).toContain('INBOX');
    const sentAt = Date.now();
    await appendOne(owner, 'Pushed');
    await expect.poll(() => events.filter((event) => event.kind === 'exists').length, { timeout: 5_000 }).toBe(1);
    const [exists] = events;
    expect(exists).toMatchObject({ kind: 'exists', path: 'INBOX', count: 1, prevCount: 0 });
    // Pushed, not polled: imapflow's default would start IDLE only 15 s after the last command.
    expect((exists?.at ?? Number.POSITIVE_INFINITY) - sentAt).toBeLessThan(3_000);

    watch.close();
    expect(await watch.ended).toBe('closed');
    await closeSession(account);
    await expect.poll(() => openConnections(owner.user)).toBe(0);
    const connections = sentCommandsByConnection(owner.user, 'full');
    const watcher = connections.filter((commands) => commands.some((command) => command.name === 'IDLE'));
    expect(watcher).toHaveLength(1);
    const names = (watcher[0] ?? []).map((command) => command.name);
    // After imapflow's own session set-up (ID, ENABLE, NAMESPACE, …): EXAMINE, IDLE, LOGOUT, never a request's command.
    expect(new Set(names.slice(names.indexOf('EXAMINE')))).toEqual(new Set(['EXAMINE', 'IDLE', 'LOGOUT']));
    const listsAll = (commands: Array<{ line: string }>) => commands.some((command) => /LIST .*"\*"/.test(command.line));
    expect(listsAll(watcher[0] ?? [])).toBe(false);
    expect(connections.filter(listsAll)).toHaveLength(1);
  });

  it('is shared by the watches of one session, and ends with sign-out (closeSession)', async () => {
    const owner = freshUser('watch');
    const account = accountOf(owner);
    const first = await openWatcher(account, { mailbox: 'INBOX', isAlive: () => true, onEvent: () => {} });
    const second = await openWatcher(account, { mailbox: 'INBOX', isAlive: () => true, onEvent: () => {} });
    await expect.poll(() => openConnections(owner.user)).toBe(1);
    await expect(openWatcher(account, { mailbox: 'Other', isAlive: () => true, onEvent: () => {} })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await closeSession(account);
    expect(await Promise.all([first.ended, second.ended])).toEqual(['signed-out', 'signed-out']);
    await expect.poll(() => openConnections(owner.user)).toBe(0);
  });

  it('closes itself once the session stops being valid (revoked or expired)', async () => {
    const owner = freshUser('watch');
    const account = accountOf(owner);
    let alive = true;
    const watch = await openWatcher(account, { mailbox: 'INBOX', isAlive: () => alive, onEvent: () => {}, checkEveryMs: 100 });
    await expect.poll(() => openConnections(owner.user)).toBe(1);
    alive = false;
    expect(await watch.ended).toBe('session-expired');
    await expect.poll(() => openConnections(owner.user)).toBe(0);
  });
});
