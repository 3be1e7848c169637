import { describe, expect, it } from 'vitest';
import { closeSession } from '@/lib/imap/connection/pool';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { changeSharing } from '@/lib/sharing/change-sharing';
import { forgetSharedFolder, openSharedFolder } from '@/lib/sharing/open-shared-folder';
import { instancePaths } from '../../scripts/imap/paths';
import { withDirectImap } from './support/direct-imap';
import { IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser } from './support/users';

const NODICT = instancePaths('nodict').port;

/** "Open a shared folder…" on a server that never LISTs what others share (Dovecot without acl_shared_dict). */
describe('opening a shared folder by name', () => {
  it('bob opens alice’s Team by owner and name; it stays in his list under alice, with his rights, until he forgets it', async () => {
    const [alice, bob] = [freshUser('open-alice'), freshUser('open-bob')];
    await withDirectImap({ ...alice, port: NODICT }, async (imap) => {
      await imap.mailboxCreate('Team/Escalations');
      await imap.append('Team/Escalations', 'Subject: urgent\r\n\r\nplease\r\n');
    });
    await changeSharing(accountFor(alice, { port: NODICT, session: 'open' }), 'Team/Escalations', bob.user, 'lrs');
    const account = accountFor(bob, { port: NODICT });
    const path = `shared/${alice.user}/Team/Escalations`;
    try {
      expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).not.toContain(path);
      expect(await openSharedFolder(account, { owner: alice.user, name: 'Team/Escalations' })).toMatchObject({ path });

      // A new session (another device) reads the list from the server, not from this one's cache.
      const other = accountFor(bob, { port: NODICT, session: 'other-device' });
      const mailboxes = await listMailboxes(other);
      await closeSession(other);
      expect(mailboxes.find((mailbox) => mailbox.path === path)).toMatchObject({
        namespace: 'other',
        owner: alice.user,
        name: 'Escalations',
        parent: `shared/${alice.user}/Team`,
        total: 1,
        unseen: 1,
        openedByName: true,
        myRights: { raw: expect.stringMatching(/^[lrs]+$/), mayReadItems: true, maySetKeywords: false },
      });
      // The levels above it, as LIST would have named them: alice groups it in the tree.
      for (const level of [`shared/${alice.user}`, `shared/${alice.user}/Team`])
        expect(mailboxes.find((mailbox) => mailbox.path === level)?.flags).toContain('\\Noselect');

      // Opening it twice keeps one entry; a name alice has not shared with bob is a 404. Dovecot now
      // lists it to this session by itself (it opened it): still marked, so it can be removed.
      await openSharedFolder(account, { owner: alice.user, name: 'Team/Escalations' });
      expect((await listMailboxes(account)).filter((mailbox) => mailbox.path === path)).toEqual([
        expect.objectContaining({ openedByName: true }),
      ]);
      await expect(openSharedFolder(account, { owner: alice.user, name: 'Team' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(openSharedFolder(account, { owner: alice.user, name: 'Nothing' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });

      // Revoked: left out of the list (kept on it, in case it is shared again).
      await changeSharing(accountFor(alice, { port: NODICT, session: 'open' }), 'Team/Escalations', bob.user, null);
      expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).not.toContain(path);
      await changeSharing(accountFor(alice, { port: NODICT, session: 'open' }), 'Team/Escalations', bob.user, 'lrs');
      expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).toContain(path);

      await forgetSharedFolder(account, path);
      expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).not.toContain(path);
      await expect(forgetSharedFolder(account, path)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await closeSession(account);
      await closeSession(accountFor(alice, { port: NODICT, session: 'open' }));
    }
  });

  it('a server without other users’ namespace says so', async () => {
    const owner = freshUser('open-minimal');
    const account = accountFor(owner, { port: IMAP_MINIMAL.port });
    await expect(openSharedFolder(account, { owner: 'alice', name: 'Team' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await closeSession(account);
  });
});
