import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '@/lib/api-paths';
import { mailboxId } from '@/lib/ids';
import { appStoresAfterSignOut, flagsOnServer, userWithMessages } from './support/flags';
import type { AppClient } from './support/http-client';
import type { TestUser } from './support/users';

const INBOX = mailboxId('INBOX');
/** Issue 11's flags: RFC 3501's system flags, the RFC 5788 keywords clients share, and a user keyword. */
const FLAGS = ['\\Seen', '\\Flagged', '\\Answered', '\\Deleted', '$Forwarded', '$Junk', '$NotJunk', 'Project-X'];

describe('each flag through PATCH /api/messages, read back by another client', () => {
  let owner: TestUser;
  let app: AppClient;
  beforeAll(async () => {
    ({ owner, app } = await userWithMessages('flags-each', 2));
  });

  it.each(FLAGS)('sets and clears %s on one message, leaving the other alone', async (flag) => {
    const set = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: [1], add: [flag] });
    expect(set.status).toBe(200);
    expect(set.json?.updated).toBe('1');
    expect(await flagsOnServer(owner)).toEqual({ 1: [flag], 2: [] });
    const cleared = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: '1', remove: [flag] });
    expect(cleared.status).toBe(200);
    expect(await flagsOnServer(owner)).toEqual({ 1: [], 2: [] });
  });
});

describe('a 300-message UID set', () => {
  it('is flagged and unflagged in one request and one STORE each', async () => {
    const { owner, app } = await userWithMessages('flags-300', 300);
    const add = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: '1:300', add: ['\\Flagged', '$label2'] });
    expect(add.status).toBe(200);
    expect(add.json?.updated).toBe('1:300');
    expect(add.json?.flags).toHaveLength(300);
    const flagged = await flagsOnServer(owner);
    expect(Object.keys(flagged)).toHaveLength(300);
    expect(Object.values(flagged).every((flags) => flags.join(' ') === '$label2 \\Flagged')).toBe(true);

    const remove = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: '1:300', remove: ['$label2'] });
    expect(remove.status).toBe(200);
    expect(Object.values(await flagsOnServer(owner)).every((flags) => flags.join(' ') === '\\Flagged')).toBe(true);

    // One command per request, each naming the whole set: never one per message.
    expect(await appStoresAfterSignOut(app, owner.user, 'full')).toEqual([
      'UID STORE 1:300 +FLAGS (\\Flagged $label2)',
      'UID STORE 1:300 -FLAGS ($label2)',
    ]);
  });
});

describe('a keyword that is not an atom', () => {
  it('is refused with 400 and nothing reaches the mail server', async () => {
    const { owner, app } = await userWithMessages('flags-atom', 1);
    for (const flag of ['a b', 'x(', 'x)', 'a"b', 'a\\b', 'ä', '']) {
      for (const body of [{ add: [flag] }, { remove: [flag] }, { add: ['\\Seen', flag] }]) {
        const response = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: [1], ...body });
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.json?.error.code).toBe('BAD_REQUEST');
      }
    }
    // The session's own listing reached Dovecot (so its rawlog exists), but no STORE did.
    expect((await app.request('GET', apiPaths.messageList(INBOX))).status).toBe(200);
    expect(await appStoresAfterSignOut(app, owner.user, 'full')).toEqual([]);
    expect(await flagsOnServer(owner)).toEqual({ 1: [] });
  });
});
