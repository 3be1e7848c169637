import { describe, expect, it } from 'vitest';
import { closeSession } from '@/lib/imap/connection/pool';
import { openWatcher, type WatchEvent } from '@/lib/imap/connection/watcher';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { doveadm } from '../../scripts/imap/doveadm';
import { withDirectImap } from './support/direct-imap';
import { sentCommandsByConnection } from './support/rawlog';
import { accountFor, freshUser, openConnections, type TestUser } from './support/users';

const accountOf = (user: TestUser) => accountFor(user, { session: 'watch' });

const appendOne = (owner: TestUser, subject: string) =>
  withDirectImap(owner, (imap) => imap.append('INBOX', `Subject: ${subject}\r\n\r\nHi.\r\n`));

describe('the watcher connection (in process, against Dovecot)', () => {
  it('hears an EXISTS pushed by IDLE at once, on a connection that is never leased for commands', async () => {
    const owner = freshUser('watch');
    const account = accountOf(owner);
    const events: Array<WatchEvent & { at: number }> = [];
    const watcher = openWatcher(account, 'INBOX', {
      pollMs: 60_000,
      onEvent: (event) => events.push({ ...event, at: Date.now() }),
    });
    await watcher.ready;
    // A read of the same session meanwhile takes a pooled connection, not the watcher.
    expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).toContain('INBOX');
    const sentAt = Date.now();
    await appendOne(owner, 'Pushed');
    await expect.poll(() => events.filter((event) => event.kind === 'exists').length, { timeout: 5_000 }).toBe(1);
    const [exists] = events;
    expect(exists).toMatchObject({ kind: 'exists', path: 'INBOX', count: 1, prevCount: 0 });
    // Pushed, not polled: imapflow's default would start IDLE only 15 s after the last command.
    expect((exists?.at ?? Number.POSITIVE_INFINITY) - sentAt).toBeLessThan(3_000);

    await watcher.stop('closed');
    expect(await watcher.ended).toBe('closed');
    await closeSession(account);
    await expect.poll(() => openConnections(owner.user)).toBe(0);
    const connections = sentCommandsByConnection(owner.user, 'full');
    const idling = connections.filter((commands) => commands.some((command) => command.name === 'IDLE'));
    expect(idling).toHaveLength(1);
    const names = (idling[0] ?? []).map((command) => command.name);
    // After imapflow's own session set-up (ID, ENABLE, NAMESPACE, …): EXAMINE, IDLE, LOGOUT, never a request's command.
    expect(new Set(names.slice(names.indexOf('EXAMINE')))).toEqual(new Set(['EXAMINE', 'IDLE', 'LOGOUT']));
    const listsAll = (commands: Array<{ line: string }>) => commands.some((command) => /LIST .*"\*"/.test(command.line));
    expect(listsAll(idling[0] ?? [])).toBe(false);
    expect(connections.filter(listsAll)).toHaveLength(1);
  });

  it('ends as connection-lost when the server drops it (doveadm kick), and a folder that does not exist is NOT_FOUND', async () => {
    const owner = freshUser('watch');
    const account = accountOf(owner);
    const watcher = openWatcher(account, 'INBOX', { pollMs: 60_000, onEvent: () => {} });
    await watcher.ready;
    doveadm(['kick', owner.user]);
    expect(await watcher.ended).toBe('connection-lost');

    const missing = openWatcher(account, 'Nowhere', { pollMs: 60_000, onEvent: () => {} });
    await expect(missing.ready).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await missing.ended).toBe('connection-lost');
    await expect.poll(() => openConnections(owner.user)).toBe(0);
  });
});
