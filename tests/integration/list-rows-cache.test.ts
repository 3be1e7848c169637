import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import type { AppClient } from './support/http-client';
import { plainMessage, seed, signedIn } from './support/move-fixtures';
import { sentCommands } from './support/rawlog';
import { freshUser } from './support/users';

interface Row {
  uid: number;
  subject: string;
  flags: string[];
}

async function listed(app: AppClient, sort: 'date' | 'arrival'): Promise<Row[]> {
  const response = await app.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?sort=${sort}&order=desc&limit=50`);
  expect(response.status).toBe(200);
  return ((response.json?.messages ?? []) as Row[]).map(({ uid, subject, flags }) => ({ uid, subject, flags }));
}

/** The listed UIDs in ascending order: the seeded messages share a date, and SORT breaks such ties its own way. */
const uids = (rows: Row[]) => rows.map((row) => row.uid).sort((a, b) => a - b);

/** Another client stars message 1, deletes message 2 and delivers a fourth one. */
async function changeFromElsewhere(owner: { user: string; password: string }): Promise<void> {
  await withDirectImap(owner, async (imap) => {
    const lock = await imap.getMailboxLock('INBOX');
    try {
      await imap.messageFlagsAdd('1', ['\\Flagged'], { uid: true });
      await imap.messageDelete('2', { uid: true });
    } finally {
      lock.release();
    }
    await imap.append('INBOX', plainMessage(4, 'INBOX'));
  });
}

/** The UID sets the app read in full (BODYSTRUCTURE), from Dovecot's rawlog: the row cache's misses. */
function fullReads(user: string): string[] {
  return sentCommands(user, 'full')
    .filter((command) => command.name === 'UID FETCH' && command.line.includes('BODYSTRUCTURE'))
    .map((command) => /UID FETCH (\S+)/.exec(command.line)?.[1] ?? '');
}

describe.each(['date', 'arrival'] as const)('a page listed again (%s order)', (sort) => {
  it("shows another client's flags, expunges and new mail, and reads only the new message in full", async () => {
    const owner = freshUser('rows');
    await seed(owner, 'INBOX', 3);
    const app = await signedIn(owner);
    expect(uids(await listed(app, sort))).toEqual([1, 2, 3]);

    await changeFromElsewhere(owner);
    const again = await listed(app, sort);
    expect(uids(again)).toEqual([1, 3, 4]);
    expect(again.find((row) => row.uid === 1)?.flags).toContain('\\Flagged');
    expect(again.find((row) => row.uid === 4)?.subject).toBe('message 4');

    // Dovecot writes a rawlog when its connection ends.
    expect((await app.request('DELETE', '/api/session')).status).toBe(200);
    expect(fullReads(owner.user)).toEqual(['1:3', '4']);
  });
});
