import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { changeSharing } from '@/lib/sharing/change-sharing';
import { claimKeywords } from '@/lib/sharing/team-keywords';
import { readRoster } from '@/lib/sharing/team-roster';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

async function signedIn(user: TestUser): Promise<AppClient> {
  const app = new AppClient();
  expect((await app.signIn(user.user, user.password)).status).toBe(200);
  return app;
}

/**
 * The roster behind "Assign to…": published by the administrator's sharing changes into the
 * folder's shared METADATA (RFC 5464 `/shared/vendor/letterbox/roster`), read by the members,
 * who cannot read the ACL themselves (GETACL needs `a`, RFC 4314 §3.3).
 */
describe('the team roster', () => {
  it('follows alice’s sharing, is read by bob, and lets carol assign a message to bob (one conditional STORE)', async () => {
    const [alice, bob, carol] = [freshUser('roster-alice'), freshUser('roster-bob'), freshUser('roster-carol')];
    await withDirectImap(alice, async (imap) => {
      await imap.mailboxCreate('Team');
      await imap.append('Team', 'Subject: Refund\r\n\r\nPlease.\r\n');
    });
    const owner = accountFor(alice, { session: 'roster' });
    const reader = accountFor(bob, { session: 'roster' });
    const path = `shared/${alice.user}/Team`;
    try {
      await changeSharing(owner, 'Team', bob.user, 'lrsw');
      await changeSharing(owner, 'Team', carol.user, 'lrsw');
      // Lookup alone is not being on the team; `anyone` this Dovecot refuses (acl_anyone = forbid): a 400 in its words.
      await changeSharing(owner, 'Team', freshUser('roster-dave').user, 'l');
      await expect(changeSharing(owner, 'Team', 'anyone', 'lr')).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: "The mail server refused this: 'anyone' identifier is disallowed",
      });
      expect((await readRoster(reader, path)).members).toEqual(
        [alice.user, bob.user, carol.user].sort((a, b) => a.localeCompare(b)),
      );
      await changeSharing(owner, 'Team', carol.user, null);
      expect((await readRoster(reader, path)).members).toEqual([alice.user, bob.user].sort((a, b) => a.localeCompare(b)));
      await changeSharing(owner, 'Team', carol.user, 'lrsw');

      // Carol assigns it to bob, then to herself: one STORE each, the last assignee's keyword gone.
      const app = await signedIn(carol);
      const roster = await app.request('GET', `/api/mailboxes/${mailboxId(path)}/roster`);
      expect(roster.json?.members).toContain(bob.user);
      const modseqOf = async () =>
        (await app.request('GET', `/api/mailboxes/${mailboxId(path)}/messages?limit=5`)).json?.messages[0].modseq as string;
      const assign = async (to: string, remove: string[]) =>
        app.request('PATCH', '/api/messages', {
          mailboxId: mailboxId(path),
          uids: [1],
          add: claimKeywords(to),
          remove,
          unchangedSince: await modseqOf(),
        });
      expect((await assign(bob.user, [])).status).toBe(200);
      expect((await assign(carol.user, [`$Assigned_${bob.user}`])).status).toBe(200);
      const keywords = await withDirectImap(alice, async (imap) => {
        const lock = await imap.getMailboxLock('Team', { readOnly: true });
        try {
          const [message] = await imap.fetchAll('1', { flags: true }, { uid: true });
          return [...(message?.flags ?? [])].filter((flag) => flag.startsWith('$')).sort();
        } finally {
          lock.release();
        }
      });
      expect(keywords).toEqual(['$Assigned', `$Assigned_${carol.user}`]);
    } finally {
      await closeSession(owner);
      await closeSession(reader);
    }
  });

  it('is empty on a server without METADATA, which is never asked', async () => {
    const user = freshUser('roster-minimal');
    await withDirectImap(user, (imap) => imap.mailboxCreate('Team'));
    const account = accountFor(user, { port: IMAP_MINIMAL.port });
    expect(await readRoster(account, 'Team')).toEqual({ members: [] });
    await closeSession(account);
    expect(sentCommands(user.user, 'minimal').map((command) => command.name)).not.toContain('GETMETADATA');
  });
});
