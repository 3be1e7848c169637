import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { closeSession } from '@/lib/imap/connection/pool';
import { changesSince } from '@/lib/sync/changes-since';
import type { MailboxCursor } from '@/lib/sync/mailbox-cursor';
import { withDirectImap } from './support/direct-imap';
import { fiveChanges } from './support/live-stream';
import { IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

const message = (subject: string) => `From: Ada <ada@example.org>\r\nSubject: ${subject}\r\n\r\nHello.\r\n`;

/** The cursor a browser holds after loading the list: the server's state as another client reads it. */
function cursorNow(owner: TestUser, port?: number, path = 'INBOX'): Promise<MailboxCursor> {
  return withDirectImap({ ...owner, port }, async (imap) => {
    const status = await imap.status(path, { uidValidity: true, highestModseq: true, uidNext: true, messages: true });
    if (!status) throw new Error('STATUS failed');
    return {
      path,
      uidValidity: Number(status.uidValidity),
      highestModseq: String(status.highestModseq ?? 0n),
      uidNext: Number(status.uidNext),
      exists: status.messages ?? 0,
    };
  });
}

async function seed(owner: TestUser, count: number, port?: number): Promise<number[]> {
  return withDirectImap({ ...owner, port }, async (imap) => {
    const uids: number[] = [];
    for (let i = 1; i <= count; i++) {
      const appended = await imap.append('INBOX', message(`Old ${i}`));
      uids.push(Number(appended ? appended.uid : 0));
    }
    return uids;
  });
}

describe('changesSince: what changed in a mailbox since a cursor (in process, against Dovecot)', () => {
  it('gives five changes made by another client exactly once: two new rows, two flag changes, one expunge', async () => {
    const owner = freshUser('changes');
    const account = accountFor(owner, { session: 'changes' });
    const [first, second, third] = await seed(owner, 3);
    const before = await cursorNow(owner);

    // Another client: new, flag, expunge, flag, new.
    const added = await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX');
      try {
        return await fiveChanges(imap, [first ?? 0, second ?? 0, third ?? 0], message);
      } finally {
        lock.release();
      }
    });

    const changes = await changesSince(account, before);
    if (changes.kind !== 'changes') throw new Error(`expected changes, got a resync (${changes.why})`);
    // Newest first, in the list's row shape.
    expect(changes.added.map((row) => [row.uid, row.subject])).toEqual([
      [added[1], 'New two'],
      [added[0], 'New one'],
    ]);
    expect(changes.added[0]?.from).toMatchObject([{ name: 'Ada', address: 'ada@example.org' }]);
    expect(changes.flags.map(({ uid, flags }) => [uid, [...flags].sort()])).toEqual([
      [first, ['\\Flagged']],
      [third, ['\\Seen']],
    ]);
    expect(changes.vanished).toEqual([second]);
    expect(changes.cursor).toMatchObject({ uidValidity: before.uidValidity, uidNext: before.uidNext + 2, exists: 4 });
    expect(BigInt(changes.cursor.highestModseq)).toBeGreaterThan(BigInt(before.highestModseq));

    // From the new cursor, nothing again.
    const again = await changesSince(account, changes.cursor);
    expect(again).toMatchObject({ kind: 'changes', added: [], flags: [], vanished: [] });
    await closeSession(account);
  });

  it('answers a resync for a cursor of another UIDVALIDITY (the mailbox was recreated)', async () => {
    const owner = freshUser('changes');
    const account = accountFor(owner, { session: 'changes' });
    await seed(owner, 1);
    const before = await cursorNow(owner);
    const changes = await changesSince(account, { ...before, uidValidity: before.uidValidity + 1 });
    expect(changes).toMatchObject({ kind: 'resync', why: 'uidvalidity', cursor: { uidValidity: before.uidValidity } });
    await closeSession(account);
  });

  it('answers a resync where the server has no CONDSTORE (the minimal Dovecot)', async () => {
    const owner = freshUser('changes');
    const account = accountFor(owner, { port: IMAP_MINIMAL.port, session: 'changes' });
    await seed(owner, 1, IMAP_MINIMAL.port);
    const before = await cursorNow(owner, IMAP_MINIMAL.port);
    const changes = await changesSince(account, before);
    expect(changes).toMatchObject({ kind: 'resync', why: 'no-condstore' });
    await closeSession(account);
  });

  it('answers NOT_FOUND, and changes nothing, for a folder another client deleted meanwhile', async () => {
    const owner = freshUser('changes');
    const account = accountFor(owner, { session: 'changes' });
    await withDirectImap(owner, async (imap) => {
      await imap.mailboxCreate('Gone');
      await imap.append('Gone', message('Soon gone'));
    });
    const before = await cursorNow(owner, undefined, 'Gone');
    await withDirectImap(owner, (imap) => imap.mailboxDelete('Gone'));
    const failure = await changesSince(account, before).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('NOT_FOUND');
    await withDirectImap(owner, async (imap) => {
      expect((await imap.list()).map((entry) => entry.path)).not.toContain('Gone');
    });
    await closeSession(account);
  });
});
