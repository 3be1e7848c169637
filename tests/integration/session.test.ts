import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { doveadm } from '../../scripts/imap/doveadm';
import { AppClient } from './support/http-client';
import { IMAP } from './support/servers';
import { freshUser } from './support/users';

/** A TCP listener that counts connections; `greet: false` accepts and stays silent. */
async function listener(host: string, greet: boolean): Promise<{ server: Server; port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    if (greet) socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, connections: () => connections };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

describe('sign-in against Dovecot', () => {
  it('signs in, sets a sealed HttpOnly cookie and says who is signed in', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    const signIn = await client.signIn(user, password);
    expect(signIn.status).toBe(200);
    expect(signIn.json).toEqual({ session: { user, address: `${user}@letterbox.test`, host: IMAP.host, port: IMAP.port } });
    expect(signIn.setCookie).toMatch(/HttpOnly/i);
    expect(signIn.setCookie).toMatch(/SameSite=Lax/i);
    expect(signIn.setCookie).not.toContain(password);
    expect((await client.request('GET', '/api/session')).json).toEqual({
      session: { user, address: `${user}@letterbox.test`, host: IMAP.host, port: IMAP.port },
    });
  });

  it('refuses a wrong password with 401 AUTH_FAILED and sets no session', async () => {
    const { user } = freshUser();
    const client = new AppClient();
    const response = await client.signIn(user, 'wrong-password');
    expect(response.status).toBe(401);
    expect(response.json?.error.code).toBe('AUTH_FAILED');
    expect(client.cookie).toBe('');
    expect((await client.request('GET', '/api/mailboxes')).json?.error.code).toBe('AUTH_REQUIRED');
  });

  it('refuses a wrong password for a user who is signed in elsewhere, even with their cookie', async () => {
    const { user, password } = freshUser();
    const alice = new AppClient();
    expect((await alice.signIn(user, password)).status).toBe(200);
    expect((await alice.request('GET', '/api/mailboxes')).status).toBe(200);

    const intruder = new AppClient();
    expect((await intruder.signIn(user, 'guess')).status).toBe(401);
    intruder.cookie = alice.cookie;
    const withCookie = await intruder.signIn(user, 'guess');
    expect(withCookie.status).toBe(401);
    expect(withCookie.json?.error.code).toBe('AUTH_FAILED');
    // The real session is untouched.
    expect((await alice.request('GET', '/api/mailboxes')).status).toBe(200);
  });

  it('refuses a host outside the allow-list without opening any connection', async () => {
    const forbidden = await listener('127.0.0.2', true);
    const allowed = await listener('127.0.0.3', true);
    servers.push(forbidden.server, allowed.server);
    const { user, password } = freshUser();

    const refused = await new AppClient().signIn(user, password, { host: '127.0.0.2', port: forbidden.port });
    expect(refused.status).toBe(403);
    expect(refused.json?.error.code).toBe('HOST_NOT_ALLOWED');
    expect(forbidden.connections()).toBe(0);

    // Control: an allowed host is contacted, so the counter above can see a connection.
    const contacted = await new AppClient().signIn(user, password, { host: '127.0.0.3', port: allowed.port });
    expect(contacted.status).toBe(502);
    expect(allowed.connections()).toBe(1);
  });

  it('answers 502 IMAP_UNAVAILABLE within the timeout for a closed port or a silent server', async () => {
    const silent = await listener('127.0.0.3', false);
    servers.push(silent.server);
    const closed = await listener('127.0.0.3', false);
    closed.server.close();
    const { user, password } = freshUser();
    for (const port of [closed.port, silent.port]) {
      const started = Date.now();
      const response = await new AppClient().signIn(user, password, { host: '127.0.0.3', port });
      expect(response.status).toBe(502);
      expect(response.json?.error.code).toBe('IMAP_UNAVAILABLE');
      // IMAP_CONNECT_TIMEOUT_MS is 3 s in the suite; allow scheduling slack but never a hang.
      expect(Date.now() - started).toBeLessThan(8_000);
    }
  });

  it('signs out: clears the cookie and logs out of IMAP', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    expect(doveadm(['who', '-1', user]).trim().split('\n').length).toBeGreaterThan(1);
    const signOut = await client.request('DELETE', '/api/session');
    expect(signOut.status).toBe(200);
    expect(signOut.setCookie).toMatch(/letterbox_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect((await client.request('GET', '/api/session')).json).toEqual({ session: null });
    expect((await client.request('GET', '/api/mailboxes')).status).toBe(401);
    // Only the header line of `doveadm who` remains once every connection logged out.
    await expect.poll(() => doveadm(['who', '-1', user]).trim().split('\n').length, { timeout: 5_000 }).toBe(1);
  });

  it('revokes the session on sign-out, so a copy of the cookie stops working', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    const copy = new AppClient();
    copy.cookie = client.cookie;
    expect((await copy.request('GET', '/api/mailboxes')).status).toBe(200);
    await client.request('DELETE', '/api/session');
    const after = await copy.request('GET', '/api/mailboxes');
    expect(after.status).toBe(401);
    expect(after.json?.error.code).toBe('AUTH_REQUIRED');
    expect((await copy.request('GET', '/api/session')).json).toEqual({ session: null });
  });

  it('rotates the session id on sign-in: the cookie from before no longer works', async () => {
    const { user, password } = freshUser();
    const client = new AppClient();
    await client.signIn(user, password);
    const before = new AppClient();
    before.cookie = client.cookie;
    await client.signIn(user, password);
    expect(client.cookie).not.toBe(before.cookie);
    expect((await client.request('GET', '/api/mailboxes')).status).toBe(200);
    expect((await before.request('GET', '/api/mailboxes')).status).toBe(401);
  });

  it('refuses a cross-origin sign-in (CSRF)', async () => {
    const { user, password } = freshUser();
    const response = await new AppClient().request(
      'POST',
      '/api/session',
      { user, password },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.json?.error.code).toBe('FORBIDDEN');
  });
});
