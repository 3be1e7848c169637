import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { openConnection } from '@/lib/imap/connection/open-connection';
import { adoptConnection } from '@/lib/imap/connection/pool';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { withAppSettings } from './support/app-env';
import { type DelayingProxy, startDelayingProxy } from './support/delaying-proxy';
import { withDirectImap } from './support/direct-imap';
import { loginCount } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { IMAP } from './support/servers';
import { accountFor, freshUser } from './support/users';

let proxy: DelayingProxy;

beforeAll(async () => {
  proxy = await startDelayingProxy(IMAP);
});

afterAll(() => proxy.close());

describe('sign-in selects INBOX while the browser navigates', () => {
  it('answers before its SELECT completes, and the first list waits for that SELECT instead of selecting again', async () => {
    const owner = freshUser('warm');
    await withDirectImap(owner, (imap) => imap.append('INBOX', 'From: a@example.org\r\nSubject: Waiting\r\n\r\nHi.\r\n'));
    const client = new AppClient();
    // As slow as a SELECT of a 100,000-message Maildir INBOX, several times over.
    proxy.delayOn(/ SELECT /, 600);
    const signedIn = await client.signIn(owner.user, owner.password, { host: IMAP.host, port: proxy.port });
    const answeredAt = Date.now();
    expect(signedIn.status).toBe(200);

    const page = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=10`);
    expect(page.status).toBe(200);
    expect(page.json?.messages.map((message: { subject: string }) => message.subject)).toEqual(['Waiting']);
    // The sign-in did not wait for the SELECT it started.
    expect(proxy.relayed()).toHaveLength(1);
    expect(answeredAt).toBeLessThan(proxy.relayed()[0] as number);

    await client.request('DELETE', '/api/session');
    // Dovecot writes a rawlog when its connection ends.
    await expect.poll(() => sentCommands(owner.user, 'full').some((command) => command.name === 'LOGOUT')).toBe(true);
    const selects = sentCommands(owner.user, 'full').filter((command) => command.name === 'SELECT');
    expect(selects).toHaveLength(1);
    // The direct APPEND's login and the sign-in's: the list opened no connection of its own.
    expect(loginCount(owner.user)).toBe(2);
  });
});

describe('a stalled SELECT of the sign-in connection (in process)', () => {
  withAppSettings({ IMAP_POOL_WAIT_MS: '500' });

  it('holds the session’s requests no longer than a wait for a free connection, then serves them', async () => {
    const owner = freshUser('stall');
    const account = accountFor(owner, { port: proxy.port, session: 'stall' });
    const client = await openConnection(account);
    const relayedBefore = proxy.relayed().length;
    proxy.delayOn(/ SELECT /, 2_500);
    adoptConnection(account, client, 'INBOX');
    const refused = await listMailboxes(account).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'IMAP_BUSY' });
    // Once the SELECT is through, the same session is served by that connection.
    await expect.poll(() => proxy.relayed().length, { timeout: 5_000 }).toBeGreaterThan(relayedBefore);
    expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).toContain('INBOX');
  });
});
