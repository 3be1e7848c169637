import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { contentsOf, seed, signedIn } from './support/move-fixtures';
import { sentCommandsByConnection } from './support/rawlog';
import { freshUser } from './support/users';

const COUNT = 1000;

describe('moving 1,000 messages', () => {
  it('takes a handful of IMAP commands each way, and every message arrives under its returned UID', async () => {
    const owner = freshUser('move-1k');
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Work'));
    await seed(owner, 'INBOX', COUNT);
    const app = await signedIn(owner);

    const there = await app.request('POST', '/api/messages/move', {
      mailboxId: mailboxId('INBOX'),
      uids: `1:${COUNT}`,
      to: mailboxId('Work'),
    });
    expect(there.status).toBe(200);
    expect(there.json?.moved).toBe(`1:${COUNT}`);
    const work = await contentsOf(owner, 'Work');
    expect(work).toHaveLength(COUNT);
    const idByUid = new Map(work.map((message) => [message.uid, message.messageId]));
    const uidMap = there.json?.uidMap as Array<[number, number]>;
    expect(uidMap).toHaveLength(COUNT);
    for (const [oldUid, newUid] of uidMap) expect(idByUid.get(newUid)).toBe(`<${oldUid}.INBOX@move.test>`);
    expect(await contentsOf(owner, 'INBOX')).toEqual([]);

    const back = await app.request('POST', '/api/messages/move', {
      mailboxId: mailboxId('Work'),
      uids: uidMap.map(([, newUid]) => newUid),
      to: mailboxId('INBOX'),
    });
    expect(back.status).toBe(200);
    expect(back.json?.uidMap).toHaveLength(COUNT);
    expect(await contentsOf(owner, 'INBOX')).toHaveLength(COUNT);

    await app.request('DELETE', '/api/session');
    const appConnection = async () =>
      sentCommandsByConnection(owner.user, 'full').find((commands) => commands.some((command) => command.name === 'UID MOVE'));
    await expect.poll(appConnection).toBeDefined();
    const names = ((await appConnection()) ?? []).map((command) => command.name);
    // Sign-in, then per move: STATUS, SELECT (or NOOP), UID SEARCH, UID MOVE, whatever the count.
    expect(names.filter((name) => name === 'UID MOVE')).toHaveLength(2);
    expect(names.length).toBeLessThan(20);
  });
});
