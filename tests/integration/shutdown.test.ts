import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp, stopApp } from '../../scripts/harness/app';
import { PORTS } from '../../scripts/harness/ports';
import { dataDir } from '../../scripts/imap/paths';
import { dovecotLines } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { APP_ENV } from './support/servers';
import { freshUser } from './support/users';

const PORT = PORTS.integrationShutdown;

describe('shutdown', () => {
  it('logs every pooled IMAP connection out on SIGTERM and exits cleanly', async () => {
    const server = await startApp({ port: PORT, env: APP_ENV, log: resolve(dataDir, 'test-logs', 'shutdown-app.log') });
    try {
      const { user, password } = freshUser('bye');
      const client = new AppClient(`http://127.0.0.1:${PORT}`);
      expect((await client.signIn(user, password)).status).toBe(200);
      // Three parallel requests open the session's other two pooled connections.
      const responses = await Promise.all([1, 2, 3].map(() => client.request('GET', '/api/mailboxes')));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      // An open live stream: SIGTERM must end it rather than wait for it (STACK.md trap 2), and log its watcher out.
      const stream = await client.open('/api/events');
      expect(stream.status).toBe(200);
      const count = (text: string) => dovecotLines(user).filter((line) => line.includes(text)).length;
      await expect.poll(() => count('Login:')).toBeGreaterThanOrEqual(3);

      expect(await stopApp(server)).toBe(0);
      // Every connection that logged in, one still logging in at SIGTERM included, logs out.
      // Dovecot says "Logged out" only after a LOGOUT command; a dropped socket reads "Connection closed".
      await expect.poll(() => count('Disconnected: Logged out') === count('Login:'), { timeout: 5_000 }).toBe(true);
      expect(count('Login:')).toBeGreaterThanOrEqual(3);
      expect(dovecotLines(user).filter((line) => line.includes('Disconnected: Connection closed'))).toEqual([]);
    } finally {
      // Already exited on the happy path; stops a server a failed assertion left behind.
      await stopApp(server);
    }
  });
});
