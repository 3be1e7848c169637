import { readEvents } from '../../harness/sse-reader';
import { doveadm } from '../../imap/doveadm';
import { ensureUser } from '../../imap/users';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import { rssBytes } from '../rss';
import { type Summary, summarize } from '../stats';

export interface StreamMemory {
  users: number;
  streams: number;
  rssSignedInMiB: number;
  rssStreamingMiB: number;
  /** (RSS with the streams open − RSS signed in) / streams. */
  perStreamKiB: number;
  /** Dovecot's connections for these users with every stream open: per account its watcher and its NOTIFY connection, plus the reads' pooled ones. */
  imapConnections: number;
  /** From the request to the stream's headers (the server answers once the stream is placed). */
  openMs: Summary;
}

const AT_ONCE = 10;
const SETTLE_MS = 2_000;

/**
 * Issue 13's memory row: `users` accounts (empty mailboxes of their own), each signed in once
 * and holding `perUser` streams of its INBOX, as a person with that many tabs would. The
 * server's RSS is read once everyone is signed in and again with every stream open, each
 * after a settle; the difference over the streams is what one open stream costs, its share
 * of its account's watcher connection included.
 */
export async function streamMemory(
  serverPid: number,
  { users, perUser }: { users: number; perUser: number },
  log: (line: string) => void,
): Promise<StreamMemory> {
  const names = Array.from({ length: users }, (_, i) => `bench-live-${i}`);
  for (const name of names) ensureUser(name, PASSWORD);
  const clients: AppClient[] = [];
  for (let i = 0; i < names.length; i += AT_ONCE) {
    const batch = names.slice(i, i + AT_ONCE).map(async (name) => {
      const client = new AppClient();
      await client.signIn(name, PASSWORD);
      // The first list read: what a signed-in tab has done before it opens its stream.
      await client.json('GET', '/api/mailboxes');
      return client;
    });
    clients.push(...(await Promise.all(batch)));
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const signedIn = rssBytes(serverPid);
  const abort = new AbortController();
  const openMs: number[] = [];
  try {
    for (let i = 0; i < clients.length; i += AT_ONCE) {
      const opening = clients.slice(i, i + AT_ONCE).flatMap((client) =>
        Array.from({ length: perUser }, async () => {
          const started = performance.now();
          const stream = readEvents(await client.open('/api/events', abort.signal));
          openMs.push(performance.now() - started);
          return stream;
        }),
      );
      await Promise.all(opening);
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const streaming = rssBytes(serverPid);
    const imapConnections = names.reduce((sum, name) => sum + doveadm(['who', '-1', name]).trim().split('\n').length - 1, 0);
    const streams = users * perUser;
    log(`streams: ${streams} open for ${users} users, ${imapConnections} IMAP connections`);
    return {
      users,
      streams,
      rssSignedInMiB: signedIn / 2 ** 20,
      rssStreamingMiB: streaming / 2 ** 20,
      perStreamKiB: (streaming - signedIn) / streams / 1024,
      imapConnections,
      openMs: summarize(openMs),
    };
  } finally {
    abort.abort();
    for (let i = 0; i < clients.length; i += AT_ONCE)
      await Promise.all(clients.slice(i, i + AT_ONCE).map((client) => client.signOut().catch(() => undefined)));
  }
}
