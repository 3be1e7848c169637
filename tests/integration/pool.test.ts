import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { doveadm } from '../../scripts/imap/doveadm';
import { startDelayingProxy } from './support/delaying-proxy';
import { withDirectImap } from './support/direct-imap';
import { loginCount } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { IMAP } from './support/servers';
import { freshUser } from './support/users';

describe('IMAP session pool', () => {
  it('reuses the sign-in connection instead of logging in per request', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    for (let i = 0; i < 5; i++) expect((await client.request('GET', '/api/mailboxes')).status).toBe(200);
    expect(loginCount(user)).toBe(1);
  });

  it('recovers when the server drops the connection between two requests', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    expect((await client.request('GET', '/api/mailboxes')).status).toBe(200);
    doveadm(['kick', user]);
    const after = await client.request('GET', '/api/mailboxes');
    expect(after.status).toBe(200);
    expect(after.json?.mailboxes.map((m: { path: string }) => m.path)).toContain('INBOX');
    expect(loginCount(user)).toBe(2);
  });

  it('serves 20 concurrent requests of one session within the per-session cap of 3', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    const responses = await Promise.all(Array.from({ length: 20 }, () => client.request('GET', '/api/mailboxes')));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    // Dovecot logs one Login per connection: the sign-in's plus at most two more.
    const logins = loginCount(user);
    expect(logins).toBeGreaterThanOrEqual(2);
    expect(logins).toBeLessThanOrEqual(3);
  });

  it('never hands one session’s connection to another session of the same user', async () => {
    const { user, password } = freshUser();
    const first = new AppClient();
    const second = new AppClient();
    await first.signIn(user, password);
    await second.signIn(user, password);
    await first.request('GET', '/api/mailboxes');
    await second.request('GET', '/api/mailboxes');
    expect(loginCount(user)).toBe(2);
    await first.request('DELETE', '/api/session');
    expect((await second.request('GET', '/api/mailboxes')).status).toBe(200);
    expect(loginCount(user)).toBe(2);
  });

  it('keeps each open mailbox on its own connection: switching back and forth selects nothing again', async () => {
    const owner = freshUser();
    await withDirectImap(owner, async (imap) => {
      await imap.mailboxCreate('Archive');
      for (const path of ['INBOX', 'Archive']) await imap.append(path, `Subject: in ${path}\r\n\r\nHello.\r\n`);
    });
    const client = new AppClient();
    // Through a relay that holds the INBOX list's NOOP (sent only on the connection that has
    // INBOX selected already): the two lists below then surely overlap in the pool, as two
    // requests from a browser do. Sent straight, the second could arrive after the first had
    // finished and ride its connection (seen once in CI).
    const proxy = await startDelayingProxy(IMAP);
    try {
      await client.signIn(owner.user, owner.password, { host: IMAP.host, port: proxy.port });
      proxy.delayOn(/ NOOP/, 300);
      await listBackAndForth(client);
    } finally {
      await proxy.close();
    }
    const selects = sentCommands(owner.user, 'full').filter((command) => command.name === 'SELECT');
    // Sign-in selects INBOX; the pair above at most one each: none for the eight switches.
    expect(selects.length).toBeLessThanOrEqual(3);
  });
});

/** Two lists at once, then eight in a row, switching folders; then signs out (Dovecot writes its rawlog). */
async function listBackAndForth(client: AppClient) {
  const list = (path: string) => client.request('GET', `/api/mailboxes/${mailboxId(path)}/messages?limit=10`);
  // Two at once: each mailbox ends up selected on a connection of its own.
  expect((await Promise.all([list('INBOX'), list('Archive')])).map((r) => r.status)).toEqual([200, 200]);
  // Twice each in a row: neither the first idle connection nor the least recently used would do.
  for (let i = 0; i < 2; i++) {
    for (const path of ['INBOX', 'INBOX', 'Archive', 'Archive']) expect((await list(path)).status).toBe(200);
  }
  await client.request('DELETE', '/api/session');
}
