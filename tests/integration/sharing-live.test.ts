import { describe, expect, it } from 'vitest';
import { closeSession } from '@/lib/imap/connection/pool';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { changeSharing } from '@/lib/sharing/change-sharing';
import { instancePaths } from '../../scripts/imap/paths';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { subscribe } from './support/live-stream';
import { sentCommands } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser } from './support/users';

/** Sharing seen from the grantee's side, in process: the live stream, a server without ACL, one without the dict. */
describe('sharing reaches the grantee', () => {
  withAppSettings({ LIVE_GRACE_MS: '200' });

  it('a grant and a revoke each send `mailboxes` to bob’s open stream, and his list follows', async () => {
    const [alice, bob] = [freshUser('live-alice'), freshUser('live-bob')];
    await withDirectImap(alice, (imap) => imap.mailboxCreate('Team'));
    const aliceAccount = accountFor(alice, { session: 'share' });
    const bobAccount = accountFor(bob, { session: 'share' });
    const { reader, close } = await subscribe(bobAccount);
    try {
      await changeSharing(aliceAccount, 'Team', bob.user, 'lrs');
      await reader.next((event) => event.event === 'mailboxes', 5_000);
      expect((await listMailboxes(bobAccount)).map((mailbox) => mailbox.path)).toContain(`shared/${alice.user}/Team`);

      await changeSharing(aliceAccount, 'Team', bob.user, null);
      await reader.next((event) => event.event === 'mailboxes', 5_000);
      expect((await listMailboxes(bobAccount)).map((mailbox) => mailbox.path)).not.toContain(`shared/${alice.user}/Team`);
    } finally {
      close();
      await closeSession(aliceAccount);
      await closeSession(bobAccount);
    }
  });

  it('on the minimal server (no ACL, no NAMESPACE advertised) the list is plain and no ACL command is sent', async () => {
    const owner = freshUser('acl-minimal');
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Team'));
    const account = accountFor(owner, { port: IMAP_MINIMAL.port });
    const mailboxes = await listMailboxes(account);
    expect(mailboxes.find((mailbox) => mailbox.path === 'Team')).toMatchObject({
      namespace: 'personal',
      owner: null,
      myRights: { raw: null, mayAdmin: true },
    });
    await closeSession(account);
    const names = new Set(sentCommands(owner.user, 'minimal').map((command) => command.name));
    for (const name of ['MYRIGHTS', 'GETACL', 'SETACL', 'DELETEACL', 'LISTRIGHTS', 'NAMESPACE'])
      expect(names).not.toContain(name);
    expect(names).toContain('LIST');
  });

  it('a server without the shared-mailbox dict never lists what alice shared with bob', async () => {
    const [alice, bob] = [freshUser('nodict-alice'), freshUser('nodict-bob')];
    await withDirectImap(alice, async (imap) => {
      await imap.mailboxCreate('Team');
      await imap.append('Team', 'Subject: hello\r\n\r\nfor bob\r\n');
    });
    await changeSharing(accountFor(alice, { session: 'nodict' }), 'Team', bob.user, 'lrs');
    const port = instancePaths('nodict').port;
    const account = accountFor(bob, { port });
    expect((await listMailboxes(account)).map((mailbox) => mailbox.path)).not.toContain(`shared/${alice.user}/Team`);
    // Yet the folder is there by name (the "open a shared folder" path of the next step).
    const status = await withDirectImap({ ...bob, port }, (imap) => imap.status(`shared/${alice.user}/Team`, { messages: true }));
    expect(status).toMatchObject({ messages: 1 });
    await closeSession(account);
  });
});
