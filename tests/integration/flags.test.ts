import type { ImapFlow } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { freshUser, type TestUser } from './support/users';

const INBOX = mailboxId('INBOX');

/** A user with three plain messages in INBOX (UIDs 1, 2, 3), signed in to the app. */
async function mailbox(prefix: string): Promise<{ owner: TestUser; app: AppClient; uidValidity: number }> {
  const owner = freshUser(prefix);
  const uidValidity = await withDirectImap(owner, async (imap) => {
    for (const n of [1, 2, 3]) await imap.append('INBOX', `Subject: message ${n}\r\n\r\nHello ${n}.\r\n`);
    const status = await imap.status('INBOX', { uidValidity: true });
    if (!status) throw new Error('no STATUS for INBOX');
    return Number(status.uidValidity);
  });
  const app = new AppClient();
  expect((await app.signIn(owner.user, owner.password)).status).toBe(200);
  return { owner, app, uidValidity };
}

/** Every INBOX message's flags, as another IMAP client (not the app) reads them. */
function flagsOnServer(owner: TestUser): Promise<Record<number, string[]>> {
  return withDirectImap(owner, async (imap: ImapFlow) => {
    const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
    try {
      const messages = await imap.fetchAll('1:*', { uid: true, flags: true }, { uid: true });
      return Object.fromEntries(messages.map((message) => [message.uid, [...(message.flags ?? [])].sort()]));
    } finally {
      lock.release();
    }
  });
}

describe('PATCH /api/messages', () => {
  let owner: TestUser;
  let app: AppClient;
  let uidValidity: number;
  beforeAll(async () => {
    ({ owner, app, uidValidity } = await mailbox('flags'));
  });

  it('adds a system flag and a keyword to two messages, which another client then sees', async () => {
    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uidValidity,
      uids: [1, 2],
      add: ['\\flagged', '$label1'],
    });
    expect(response.status).toBe(200);
    expect(response.json?.updated).toBe('1:2');
    expect(response.json?.modseq).toMatch(/^[1-9]\d*$/);
    expect(response.json?.flags).toEqual([
      { uid: 1, flags: expect.arrayContaining(['\\Flagged', '$label1']) },
      { uid: 2, flags: expect.arrayContaining(['\\Flagged', '$label1']) },
    ]);
    expect(await flagsOnServer(owner)).toEqual({ 1: ['$label1', '\\Flagged'], 2: ['$label1', '\\Flagged'], 3: [] });
  });

  it('removes them again, given as a UID set, and adds another flag in the same request', async () => {
    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: '1:2',
      add: ['\\Seen'],
      remove: ['\\Flagged', '$label1'],
    });
    expect(response.status).toBe(200);
    expect(response.json?.updated).toBe('1:2');
    expect(await flagsOnServer(owner)).toEqual({ 1: ['\\Seen'], 2: ['\\Seen'], 3: [] });
  });

  it('answers with only the UIDs that exist', async () => {
    const response = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: '3:9', add: ['$Junk'] });
    expect(response.status).toBe(200);
    expect(response.json?.updated).toBe('3');
    expect((await flagsOnServer(owner))[3]).toEqual(['$Junk']);
  });
});

describe('PATCH /api/messages refuses', () => {
  it('a keyword outside the atom characters, a stale UIDVALIDITY or an unknown mailbox, with nothing sent to the server', async () => {
    const { owner, app, uidValidity } = await mailbox('flags-bad');
    for (const flag of ['two words', 'x)', '\\Recent', 'a"b']) {
      const response = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: [1], add: [flag] });
      expect(response.status, flag).toBe(400);
      expect(response.json?.error.code).toBe('BAD_REQUEST');
    }
    const stale = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uidValidity: uidValidity + 1,
      uids: [1],
      add: ['\\Seen'],
    });
    expect(stale.status).toBe(404);
    const missing = await app.request('PATCH', '/api/messages', { mailboxId: mailboxId('Nope'), uids: [1], add: ['\\Seen'] });
    expect(missing.status).toBe(404);
    // Signing out logs the app's connections out, which flushes Dovecot's rawlog.
    await app.request('DELETE', '/api/session');
    await expect.poll(() => sentCommands(owner.user, 'full').length).toBeGreaterThan(0);
    expect(sentCommands(owner.user, 'full').filter((command) => /STORE/.test(command.name))).toEqual([]);
    expect(await flagsOnServer(owner)).toEqual({ 1: [], 2: [], 3: [] });
  });

  it('a request without a session', async () => {
    const response = await new AppClient().request('PATCH', '/api/messages', { mailboxId: INBOX, uids: [1], add: ['\\Seen'] });
    expect(response.status).toBe(401);
  });
});

describe('PATCH /api/messages on a folder another client deleted', () => {
  it('answers 404 NOT_FOUND (not 503) though the app had the folder selected when it went', async () => {
    const owner = freshUser('flags-gone');
    await withDirectImap(owner, async (imap) => {
      await imap.mailboxCreate('Weg');
      await imap.append('Weg', 'Subject: soon gone\r\n\r\nBye.\r\n');
    });
    const app = new AppClient();
    expect((await app.signIn(owner.user, owner.password)).status).toBe(200);
    const gone = mailboxId('Weg');
    // Two of the app's connections have Weg selected (requests at once lease one each): Dovecot
    // ends a session whose selected mailbox is deleted, so both die under the next request.
    const [listed, flagged] = await Promise.all([
      app.request('GET', `/api/mailboxes/${gone}/messages`),
      app.request('PATCH', '/api/messages', { mailboxId: gone, uids: [1], add: ['\\Seen'] }),
    ]);
    expect([listed.status, flagged.status]).toEqual([200, 200]);
    await withDirectImap(owner, (imap) => imap.mailboxDelete('Weg'));

    const response = await app.request('PATCH', '/api/messages', { mailboxId: gone, uids: [1], add: ['\\Flagged'] });
    expect(response.status).toBe(404);
    expect(response.json?.error.code).toBe('NOT_FOUND');
  });
});
