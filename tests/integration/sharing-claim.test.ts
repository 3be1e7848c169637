import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { assigneeKeyword, claimKeywords } from '@/lib/sharing/team-keywords';
import { setAclDirect } from '../../scripts/harness/direct-acl';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser, type TestUser } from './support/users';

/**
 * Taking a message of a team folder is a claim (design note B.2): a STORE of `$Assigned` and
 * `$Assigned_<member>` with UNCHANGEDSINCE the modseq the taker saw (RFC 7162 §3.1.3). Bob and
 * carol take the same message at once: exactly one wins on the server, the other gets 409
 * naming the winner.
 */
let alice: TestUser;
const team = () => mailboxId(`shared/${alice.user}/Team`);

async function signedIn(user: TestUser): Promise<AppClient> {
  const app = new AppClient();
  expect((await app.signIn(user.user, user.password)).status).toBe(200);
  return app;
}

/** The message's keywords as alice's own session reads them. */
const keywordsOnServer = () =>
  withDirectImap(alice, async (imap) => {
    const lock = await imap.getMailboxLock('Team', { readOnly: true });
    try {
      const [message] = await imap.fetchAll('1', { uid: true, flags: true }, { uid: true });
      return [...(message?.flags ?? [])].filter((flag) => flag.startsWith('$Assigned'));
    } finally {
      lock.release();
    }
  });

beforeAll(async () => {
  alice = freshUser('claim-alice');
  await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    // Dated, so newest-first (SORT REVERSE DATE, RFC 5256) has no tie: two APPENDs within one
    // second share an internal date, and a tie is broken by ascending sequence (ci42).
    await imap.append('Team', 'Date: Mon, 30 Nov 2026 09:00:00 +0000\r\nSubject: Refund\r\n\r\nPlease.\r\n');
  });
});

describe('taking a message of a team folder', () => {
  it('two claims at once: one wins, the other is told who did, and the server holds one assignee', async () => {
    const [bob, carol] = [freshUser('claim-bob'), freshUser('claim-carol')];
    await withDirectImap(alice, async (imap) => {
      await setAclDirect(imap, 'Team', bob.user, 'lrsw');
      await setAclDirect(imap, 'Team', carol.user, 'lrsw');
    });
    const [bobApp, carolApp] = await Promise.all([signedIn(bob), signedIn(carol)]);
    const page = await bobApp.request('GET', `/api/mailboxes/${team()}/messages?limit=10`);
    const seen = page.json?.messages[0].modseq as string;
    expect(seen).toMatch(/^\d+$/);

    const claim = (app: AppClient, user: TestUser) =>
      app.request('PATCH', '/api/messages', {
        mailboxId: team(),
        uids: [1],
        add: claimKeywords(user.user),
        unchangedSince: seen,
      });
    const answers = await Promise.all([claim(bobApp, bob), claim(carolApp, carol)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers[0]?.status === 200 ? bob : carol;
    const loser = answers.find((answer) => answer.status === 409);
    expect(loser?.json?.error.code).toBe('CONFLICT');
    expect(loser?.json?.error.message).toContain(`${winner.user} took this message first`);
    expect(loser?.json?.error.uids).toEqual([1]);
    expect((await keywordsOnServer()).sort()).toEqual(['$Assigned', assigneeKeyword(winner.user)].sort());
  });

  it('a teammate reading the message does not defeat a claim (INDEXPVT raises the modseq for everyone)', async () => {
    const [erin, frank] = [freshUser('claim-erin'), freshUser('claim-frank')];
    await withDirectImap(alice, async (imap) => {
      await imap.append('Team', 'Date: Tue, 1 Dec 2026 09:00:00 +0000\r\nSubject: Second\r\n\r\nAnother.\r\n');
      await setAclDirect(imap, 'Team', erin.user, 'lrsw');
      await setAclDirect(imap, 'Team', frank.user, 'lrsw');
    });
    const [erinApp, frankApp] = await Promise.all([signedIn(erin), signedIn(frank)]);
    const seenBy = async (app: AppClient) =>
      (await app.request('GET', `/api/mailboxes/${team()}/messages?limit=10`)).json?.messages.find(
        (message: { uid: number }) => message.uid === 2,
      ).modseq as string;
    const seen = await seenBy(erinApp);
    // Frank opens it: his own \Seen, which Dovecot counts as a change of the message for everyone.
    expect((await frankApp.request('PATCH', '/api/messages', { mailboxId: team(), uids: [2], add: ['\\Seen'] })).status).toBe(
      200,
    );
    expect(BigInt(await seenBy(erinApp))).toBeGreaterThan(BigInt(seen));
    const claim = await erinApp.request('PATCH', '/api/messages', {
      mailboxId: team(),
      uids: [2],
      add: claimKeywords(erin.user),
      unchangedSince: seen,
    });
    expect(claim.status).toBe(200);
    expect(claim.json?.flags[0].flags).toEqual(expect.arrayContaining(claimKeywords(erin.user)));
  });

  it('a claim with a stale modseq after someone else took it is refused, and giving back works', async () => {
    const dave = freshUser('claim-dave');
    await withDirectImap(alice, (imap) => setAclDirect(imap, 'Team', dave.user, 'lrsw'));
    const app = await signedIn(dave);
    const stale = await app.request('PATCH', '/api/messages', {
      mailboxId: team(),
      uids: [1],
      add: claimKeywords(dave.user),
      unchangedSince: '1',
    });
    expect(stale.status).toBe(409);
    expect(stale.json?.error.message).toMatch(/took this message first/);
    // The team's filters are searches on the server: taken by whom, not taken.
    const taken = await keywordsOnServer();
    const winner = taken.find((flag) => flag !== '$Assigned')?.slice('$Assigned_'.length) ?? '';
    const search = async (q: string) =>
      (await app.request('GET', `/api/search?${new URLSearchParams({ q, mailboxId: team() })}`)).json?.messages.map(
        (message: { uid: number }) => message.uid,
      );
    expect(await search(`assignee:${winner}`)).toEqual([1]);
    expect(await search('is:assigned')).toEqual([2, 1]);
    expect(await search('-is:assigned')).toEqual([]);
    expect(await search('assignee:me')).toEqual([]);
    // Alice (the owner) hands it back for whoever took it: both keywords go, no condition needed.
    const aliceApp = await signedIn(alice);
    const cleared = await aliceApp.request('PATCH', '/api/messages', { mailboxId: mailboxId('Team'), uids: [1], remove: taken });
    expect(cleared.status).toBe(200);
    expect(await keywordsOnServer()).toEqual([]);
    expect(await search('-is:assigned')).toEqual([1]);
    // Waiting and done are keywords like any other: set by one, found by the other's search.
    await aliceApp.request('PATCH', '/api/messages', { mailboxId: mailboxId('Team'), uids: [1], add: ['$Waiting'] });
    expect(await search('is:waiting')).toEqual([1]);
    expect(await search('is:waiting -is:done')).toEqual([1]);
    expect(await search('is:done')).toEqual([]);
  });
});
