import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDirect, connectDirect } from '../harness/direct-imap';
import { instancePaths } from '../imap/paths';
import { ensureUser } from '../imap/users';
import { indexAndSubscribe } from '../seed/index-and-subscribe';
import { seedMailbox } from '../seed/seed-mailbox';
import { type BenchUser, IMAP, PASSWORD } from './config';

/**
 * Makes sure each bench user exists and holds its mailbox. The generator is deterministic, so
 * a user whose INBOX already has the expected count (one STATUS) is reused as is: reseeding
 * 100,000 messages would cost ~20 s per run for nothing.
 */
export async function ensureSeeded(users: BenchUser[], log: (line: string) => void): Promise<void> {
  let reused = 0;
  for (const target of users) {
    ensureUser(target.user, PASSWORD);
    quietRawlog(target.user);
    if ((await inboxCount(target.user)) === target.count) {
      reused++;
      continue;
    }
    const started = performance.now();
    const summary = await seedMailbox({ user: target.user, count: target.count, folders: target.folders });
    indexAndSubscribe(summary);
    log(`seeded ${target.user}: ${target.count} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (reused) log(`reused ${reused} seeded mailbox${reused === 1 ? '' : 'es'}`);
}

/**
 * ensureUser() creates the user's rawlog folders, and Dovecot then logs every byte of every
 * session: 20 MiB downloads, repeated, would be written to disk twice over and slow both
 * sides. Without the folder Dovecot skips the rawlog (measured), so bench users have none.
 */
function quietRawlog(user: string): void {
  for (const kind of ['full', 'minimal'] as const)
    rmSync(resolve(instancePaths(kind).rawlogDir, user), { recursive: true, force: true });
}

async function inboxCount(user: string): Promise<number | null> {
  try {
    const client = await connectDirect({ user, password: PASSWORD, port: IMAP.port });
    try {
      const status = await client.status('INBOX', { messages: true });
      return status ? (status.messages ?? null) : null;
    } finally {
      await closeDirect(client);
    }
  } catch {
    // A new user has no mailbox yet (or no passwd entry Dovecot has read): seed it.
    return null;
  }
}
