import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import type { AppClient } from './support/http-client';
import { contentsOf, seed, signedIn } from './support/move-fixtures';
import { freshUser, type TestUser } from './support/users';

const INBOX = mailboxId('INBOX');
const WORK = mailboxId('Work');

/** Each [old, new] pair names the same message on both sides, as another client reads them. */
async function expectMapped(owner: TestUser, uidMap: Array<[number, number]>, destination: string, tag: string) {
  const arrived = new Map((await contentsOf(owner, destination)).map((message) => [message.uid, message.messageId]));
  for (const [oldUid, newUid] of uidMap)
    expect(arrived.get(newUid), `${oldUid} → ${newUid}`).toBe(`<${oldUid}.${tag}@move.test>`);
}

describe('POST /api/messages/move and /copy (full server: MOVE, UIDPLUS)', () => {
  let owner: TestUser;
  let app: AppClient;
  let uidValidity: number;
  beforeAll(async () => {
    owner = freshUser('move');
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Work'));
    uidValidity = await seed(owner, 'INBOX', 5);
    app = await signedIn(owner);
  });

  it('moves two messages: they arrive with the returned UIDs and leave INBOX', async () => {
    const response = await app.request('POST', '/api/messages/move', { mailboxId: INBOX, uidValidity, uids: [2, 4], to: WORK });
    expect(response.status).toBe(200);
    const work = await contentsOf(owner, 'Work');
    expect(response.json).toEqual({
      moved: '2,4',
      to: WORK,
      toUidValidity: expect.any(Number),
      uidMap: [
        [2, expect.any(Number)],
        [4, expect.any(Number)],
      ],
      notes: [],
    });
    await expectMapped(owner, response.json?.uidMap, 'Work', 'INBOX');
    expect(work).toHaveLength(2);
    expect((await contentsOf(owner, 'INBOX')).map((message) => message.uid)).toEqual([1, 3, 5]);
  });

  it('copies a UID set: the originals stay, the copies arrive under the returned UIDs', async () => {
    const response = await app.request('POST', '/api/messages/copy', { mailboxId: INBOX, uids: '1:3', to: WORK });
    expect(response.status).toBe(200);
    expect(response.json?.moved).toBe('1,3');
    expect(response.json?.uidMap.map(([old]: [number, number]) => old)).toEqual([1, 3]);
    await expectMapped(owner, response.json?.uidMap, 'Work', 'INBOX');
    expect((await contentsOf(owner, 'INBOX')).map((message) => message.uid)).toEqual([1, 3, 5]);
    expect(await contentsOf(owner, 'Work')).toHaveLength(4);
  });

  it('refuses the same folder (400), an unknown destination and a stale UIDVALIDITY (404), moving nothing', async () => {
    const same = await app.request('POST', '/api/messages/move', { mailboxId: INBOX, uids: [1], to: INBOX });
    expect(same.status).toBe(400);
    const unknown = await app.request('POST', '/api/messages/move', { mailboxId: INBOX, uids: [1], to: mailboxId('Nope') });
    expect(unknown.status).toBe(404);
    const stale = await app.request('POST', '/api/messages/move', {
      mailboxId: INBOX,
      uidValidity: uidValidity + 1,
      uids: [1],
      to: WORK,
    });
    expect(stale.status).toBe(404);
    expect((await contentsOf(owner, 'INBOX')).map((message) => message.uid)).toEqual([1, 3, 5]);
    expect(await contentsOf(owner, 'Work')).toHaveLength(4);
  });
});

describe('POST /api/messages/archive, /delete, /junk, /not-junk', () => {
  let owner: TestUser;
  let app: AppClient;
  beforeAll(async () => {
    owner = freshUser('special');
    await seed(owner, 'INBOX', 4);
    app = await signedIn(owner);
  });

  it('archive moves to the \\Archive folder', async () => {
    const response = await app.request('POST', '/api/messages/archive', { mailboxId: INBOX, uids: [1] });
    expect(response.status).toBe(200);
    expect(response.json?.to).toBe(mailboxId('Archive'));
    await expectMapped(owner, response.json?.uidMap, 'Archive', 'INBOX');
    expect((await contentsOf(owner, 'Archive')).map((message) => message.messageId)).toEqual(['<1.INBOX@move.test>']);
  });

  it('junk moves to \\Junk with $Junk and without $NotJunk; not-junk brings it back with $NotJunk only', async () => {
    await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX');
      await imap.messageFlagsAdd('2', ['$NotJunk'], { uid: true }).finally(() => lock.release());
    });
    const junk = await app.request('POST', '/api/messages/junk', { mailboxId: INBOX, uids: [2] });
    expect(junk.status).toBe(200);
    const [junked] = await contentsOf(owner, 'Junk');
    expect(junked).toEqual({ uid: junk.json?.uidMap[0][1], messageId: '<2.INBOX@move.test>', flags: ['$Junk'] });

    const back = await app.request('POST', '/api/messages/not-junk', { mailboxId: mailboxId('Junk'), uids: [junked?.uid] });
    expect(back.status).toBe(200);
    expect(back.json?.to).toBe(INBOX);
    const returned = (await contentsOf(owner, 'INBOX')).find((message) => message.uid === back.json?.uidMap[0][1]);
    expect(returned).toEqual({ uid: expect.any(Number), messageId: '<2.INBOX@move.test>', flags: ['$NotJunk'] });
    expect(await contentsOf(owner, 'Junk')).toEqual([]);
  });

  it('delete moves to Trash; in Trash it needs permanent: true and expunges exactly those UIDs', async () => {
    const deleted = await app.request('POST', '/api/messages/delete', { mailboxId: INBOX, uids: [3, 4] });
    expect(deleted.status).toBe(200);
    const trash = await contentsOf(owner, 'Trash');
    expect(trash.map((message) => message.messageId)).toEqual(['<3.INBOX@move.test>', '<4.INBOX@move.test>']);
    const [first, second] = trash.map((message) => message.uid) as [number, number];

    const notPermanent = await app.request('POST', '/api/messages/delete', { mailboxId: mailboxId('Trash'), uids: [first] });
    expect(notPermanent.status).toBe(400);
    const permanentElsewhere = await app.request('POST', '/api/messages/delete', {
      mailboxId: INBOX,
      uids: [2],
      permanent: true,
    });
    expect(permanentElsewhere.status).toBe(400);

    // Another client has flagged the other Trash message \Deleted and may still undelete it.
    await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('Trash');
      await imap.messageFlagsAdd(String(second), ['\\Deleted'], { uid: true }).finally(() => lock.release());
    });
    const permanent = await app.request('POST', '/api/messages/delete', {
      mailboxId: mailboxId('Trash'),
      uids: [first],
      permanent: true,
    });
    expect(permanent.status).toBe(200);
    expect(permanent.json).toEqual({ moved: String(first), to: null, uidMap: [], notes: [] });
    expect(await contentsOf(owner, 'Trash')).toEqual([{ uid: second, messageId: '<4.INBOX@move.test>', flags: ['\\Deleted'] }]);
  });
});

describe('a special-use folder the account lacks', () => {
  it('answers 409 NO_SPECIAL_FOLDER naming \\Archive, and moves nothing', async () => {
    const owner = freshUser('noarchive', { 'namespace/inbox/mailbox/Archive/auto': 'no' });
    await seed(owner, 'INBOX', 1);
    const app = await signedIn(owner);
    const response = await app.request('POST', '/api/messages/archive', { mailboxId: INBOX, uids: [1] });
    expect(response.status).toBe(409);
    expect(response.json?.error).toMatchObject({ code: 'NO_SPECIAL_FOLDER', specialUse: '\\Archive' });
    expect(response.json?.error.message).toMatch(/Archive/);
    expect(await contentsOf(owner, 'INBOX')).toHaveLength(1);
  });
});
