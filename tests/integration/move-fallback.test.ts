import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { contentsOf, seed, signedIn } from './support/move-fixtures';
import { IMAP4REV1_COMMANDS, sentCommands } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { freshUser } from './support/users';

const INBOX = mailboxId('INBOX');

describe('moving on the minimal server (IMAP4rev1 only: no MOVE, no UIDPLUS)', () => {
  it("moves exactly the selection, never expunges another client's \\Deleted message, and maps UIDs by Message-ID", async () => {
    const owner = freshUser('move-min');
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Work'));
    await seed(owner, 'INBOX', 4);
    // Another client flagged message 4 \Deleted: a plain EXPUNGE would take it away.
    await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX');
      await imap.messageFlagsAdd('4', ['\\Deleted'], { uid: true }).finally(() => lock.release());
    });
    const app = await signedIn(owner, IMAP_MINIMAL.port);

    const response = await app.request('POST', '/api/messages/move', { mailboxId: INBOX, uids: [1, 2], to: mailboxId('Work') });
    expect(response.status).toBe(200);
    expect(response.json?.moved).toBe('1:2');
    // The originals stay, flagged \Deleted; message 3 is untouched and 4 keeps its \Deleted.
    expect((await contentsOf(owner, 'INBOX')).map(({ uid, flags }) => ({ uid, flags }))).toEqual([
      { uid: 1, flags: ['\\Deleted'] },
      { uid: 2, flags: ['\\Deleted'] },
      { uid: 3, flags: [] },
      { uid: 4, flags: ['\\Deleted'] },
    ]);

    expect(response.json?.notes).toEqual(['originals-marked-deleted', 'uid-map-by-message-id']);
    const work = await contentsOf(owner, 'Work');
    expect(work.map((message) => message.messageId)).toEqual(['<1.INBOX@move.test>', '<2.INBOX@move.test>']);
    expect(response.json?.uidMap).toEqual(work.map((message, i) => [i + 1, message.uid]));
    expect(response.json?.toUidValidity).toBe(await uidValidityOf(owner, 'Work'));

    // Signing out logs the app's connections out, which flushes Dovecot's rawlog.
    await app.request('DELETE', '/api/session');
    await expect.poll(() => sentCommands(owner.user, 'minimal').length).toBeGreaterThan(0);
    const sent = sentCommands(owner.user, 'minimal').map((command) => command.name);
    expect(sent.filter((name) => !IMAP4REV1_COMMANDS.has(name))).toEqual([]);
    expect(sent).not.toContain('EXPUNGE');
    expect(sent).toContain('UID COPY');
  });

  it('a permanent delete in Trash leaves the messages flagged \\Deleted and says so', async () => {
    const owner = freshUser('del-min');
    await seed(owner, 'Trash', 2);
    const app = await signedIn(owner, IMAP_MINIMAL.port);
    const response = await app.request('POST', '/api/messages/delete', {
      mailboxId: mailboxId('Trash'),
      uids: [1],
      permanent: true,
    });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ moved: '1', to: null, uidMap: [], notes: ['originals-marked-deleted'] });
    expect((await contentsOf(owner, 'Trash')).map(({ uid, flags }) => ({ uid, flags }))).toEqual([
      { uid: 1, flags: ['\\Deleted'] },
      { uid: 2, flags: [] },
    ]);
  });
});

function uidValidityOf(owner: { user: string; password: string }, path: string): Promise<number> {
  return withDirectImap(owner, async (imap) => {
    const status = await imap.status(path, { uidValidity: true });
    if (!status) throw new Error(`no STATUS for ${path}`);
    return Number(status.uidValidity);
  });
}
