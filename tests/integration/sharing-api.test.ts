import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { getAcl } from '@/lib/imap/commands/acl';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { ensurePublicFolder } from '../../scripts/imap/public-folder';
import { closeDirect, connectDirect, withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser, type TestUser } from './support/users';

/**
 * Sharing through the API against Dovecot with alice, bob and carol: alice's Team folder
 * (three messages) is shared with bob; carol gets nothing. The server's state is read by
 * each user's own imapflow session, never through the app.
 */
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
const apps = { alice: new AppClient(), bob: new AppClient(), carol: new AppClient() };
let aliceImap: ImapFlow;

const TEAM = 'Team';
const teamForBob = () => `shared/${alice.user}/${TEAM}`;
const acl = (path: string, identifier = '') =>
  `/api/mailboxes/${mailboxId(path)}/acl${identifier ? `/${encodeURIComponent(identifier)}` : ''}`;

async function folders(app: AppClient): Promise<Map<string, Mailbox>> {
  const response = await app.request('GET', '/api/mailboxes');
  expect(response.status).toBe(200);
  return new Map(((response.json?.mailboxes ?? []) as Mailbox[]).map((mailbox) => [mailbox.path, mailbox]));
}

beforeAll(async () => {
  [alice, bob, carol] = ['sh-alice', 'sh-bob', 'sh-carol'].map((prefix) => freshUser(prefix)) as [TestUser, TestUser, TestUser];
  aliceImap = await connectDirect(alice);
  await aliceImap.mailboxCreate(TEAM);
  for (const n of [1, 2, 3])
    await aliceImap.append(TEAM, `Subject: ticket ${n}\r\nMessage-ID: <${n}@team.test>\r\n\r\nHelp ${n}.\r\n`);
  for (const [name, user] of [
    ['alice', alice],
    ['bob', bob],
    ['carol', carol],
  ] as const) {
    expect((await apps[name].signIn(user.user, user.password)).status).toBe(200);
  }
});

afterAll(() => closeDirect(aliceImap));

describe('sharing a folder through the API', () => {
  it('alice grants bob Read: GETACL sees it, bob lists it under alice with his rights, carol does not', async () => {
    const granted = await apps.alice.request('PUT', acl(TEAM, bob.user), { rights: 'lrs' });
    expect(granted.status).toBe(200);
    expect(granted.json?.entries).toContainEqual({ identifier: bob.user, rights: 'lrs', preset: 'read' });
    expect(granted.json?.self).toBe(alice.user);
    expect(granted.json?.rightsOffered).toBe('lrswipkxtea');
    expect(await getAcl(aliceImap, TEAM)).toContainEqual({ identifier: bob.user, rights: 'lrs' });

    const team = (await folders(apps.bob)).get(teamForBob());
    expect(team).toMatchObject({ namespace: 'other', owner: alice.user, total: 3, unseen: 3 });
    expect(team?.myRights).toMatchObject({
      raw: 'lrs',
      mayReadItems: true,
      maySetSeen: true,
      maySetKeywords: false,
      mayAddItems: false,
      mayRemoveItems: false,
      mayAdmin: false,
    });
    expect([...(await folders(apps.carol)).keys()].some((path) => path.includes(alice.user))).toBe(false);
    // Alice's own folders: every right, asked of nobody.
    expect((await folders(apps.alice)).get(TEAM)).toMatchObject({
      namespace: 'personal',
      owner: null,
      myRights: { raw: null, mayAdmin: true },
    });
  });

  it('with Read only, bob cannot flag, file in or delete: 403 and nothing changes', async () => {
    const bobsTeam = mailboxId(teamForBob());
    const flag = await apps.bob.request('PATCH', '/api/messages', { mailboxId: bobsTeam, uids: [1], add: ['\\Flagged'] });
    expect(flag.status).toBe(403);
    expect(flag.json?.error.code).toBe('FORBIDDEN');
    const del = await apps.bob.request('POST', '/api/messages/delete', { mailboxId: bobsTeam, uids: [2] });
    expect(del.status).toBe(403);
    await withDirectImap(bob, (imap) => imap.append('INBOX', 'Subject: mine\r\n\r\nfor the team\r\n'));
    const moveIn = await apps.bob.request('POST', '/api/messages/move', {
      mailboxId: mailboxId('INBOX'),
      uids: [1],
      to: bobsTeam,
    });
    expect(moveIn.status).toBe(403);

    const lock = await aliceImap.getMailboxLock(TEAM, { readOnly: true });
    try {
      const messages = await aliceImap.fetchAll('1:*', { uid: true, flags: true }, { uid: true });
      expect(messages.map((message) => [message.uid, [...(message.flags ?? [])]])).toEqual([
        [1, []],
        [2, []],
        [3, []],
      ]);
    } finally {
      lock.release();
    }
    expect((await folders(apps.bob)).get('INBOX')?.total).toBe(1);
  });

  it('bob reading a message changes his unread count, not alice’s (INDEXPVT)', async () => {
    const seen = await apps.bob.request('PATCH', '/api/messages', {
      mailboxId: mailboxId(teamForBob()),
      uids: [1],
      add: ['\\Seen'],
    });
    expect(seen.status).toBe(200);
    expect((await folders(apps.bob)).get(teamForBob())?.unseen).toBe(2);
    expect((await folders(apps.alice)).get(TEAM)?.unseen).toBe(3);
  });

  it('with Contribute bob can flag, delete and file in, and the grant shows as its preset', async () => {
    const granted = await apps.alice.request('PUT', acl(TEAM, bob.user), { rights: 'lrswite' });
    expect(granted.json?.entries.find((entry: { identifier: string }) => entry.identifier === bob.user)?.preset).toBe(
      'contribute',
    );
    const bobsTeam = mailboxId(teamForBob());
    expect((await folders(apps.bob)).get(teamForBob())?.myRights).toMatchObject({
      maySetKeywords: true,
      mayAddItems: true,
      mayRemoveItems: true,
    });
    expect(
      (await apps.bob.request('PATCH', '/api/messages', { mailboxId: bobsTeam, uids: [1], add: ['\\Flagged'] })).status,
    ).toBe(200);
    expect((await apps.bob.request('POST', '/api/messages/delete', { mailboxId: bobsTeam, uids: [2] })).status).toBe(200);
    expect(
      (await apps.bob.request('POST', '/api/messages/move', { mailboxId: mailboxId('INBOX'), uids: [1], to: bobsTeam })).status,
    ).toBe(200);
    expect(await aliceImap.status(TEAM, { messages: true })).toMatchObject({ messages: 3 });
  });

  it('bob cannot read the sharing; bad identifiers are 400 and alice cannot change her own entry', async () => {
    const denied = await apps.bob.request('GET', acl(teamForBob()));
    expect(denied.status).toBe(403);
    // Nor change it: the server's NO [NOPERM] to SETACL, with nothing granted.
    const grant = await apps.bob.request('PUT', acl(teamForBob(), carol.user), { rights: 'lr' });
    expect(grant.status).toBe(403);
    expect(await getAcl(aliceImap, TEAM)).not.toContainEqual(expect.objectContaining({ identifier: carol.user }));
    expect((await apps.alice.request('PUT', acl(TEAM, 'two words'), { rights: 'lr' })).status).toBe(400);
    expect((await apps.alice.request('PUT', acl(TEAM, 'quo"te'), { rights: 'lr' })).status).toBe(400);
    expect((await apps.alice.request('PUT', acl(TEAM, bob.user), { rights: 'l r' })).status).toBe(400);
    const own = await apps.alice.request('DELETE', acl(TEAM, alice.user));
    expect(own.status).toBe(403);
    expect((await getAcl(aliceImap, TEAM)).find((entry) => entry.identifier === alice.user)?.rights).toContain('a');
  });

  it('alice revokes: the folder leaves bob’s list and opening it is a 404', async () => {
    const revoked = await apps.alice.request('DELETE', acl(TEAM, bob.user));
    expect(revoked.status).toBe(200);
    expect(revoked.json?.entries.map((entry: { identifier: string }) => entry.identifier)).not.toContain(bob.user);
    expect((await folders(apps.bob)).has(teamForBob())).toBe(false);
    const list = await apps.bob.request('GET', `/api/mailboxes/${mailboxId(teamForBob())}/messages`);
    expect(list.status).toBe(404);
  });
});

describe('a public folder', () => {
  it('is listed in the shared namespace, owned by nobody, with the rights its ACL gives', async () => {
    const name = `Support-${bob.user}`;
    ensurePublicFolder(name, { [bob.user]: 'lrswitea', [carol.user]: 'lr' });
    // Sessions signed in after the folder was made on disk: Dovecot's open sessions keep the
    // public namespace's folder list they read (an administrator's folder, not an ACL change).
    const [bobNow, carolNow, aliceNow] = [new AppClient(), new AppClient(), new AppClient()];
    for (const [app, user] of [
      [bobNow, bob],
      [carolNow, carol],
      [aliceNow, alice],
    ] as const) {
      expect((await app.signIn(user.user, user.password)).status).toBe(200);
    }
    const forBob = (await folders(bobNow)).get(`Public/${name}`);
    expect(forBob).toMatchObject({ namespace: 'shared', owner: null, myRights: { mayAdmin: true, mayAddItems: true } });
    const forCarol = (await folders(carolNow)).get(`Public/${name}`);
    expect(forCarol?.myRights).toMatchObject({ raw: 'lr', mayReadItems: true, maySetSeen: false, mayAdmin: false });
    expect((await folders(aliceNow)).has(`Public/${name}`)).toBe(false);
  });
});
