import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRef } from '@/lib/ids';
import { closeSession, withImap } from '@/lib/imap/connection/pool';
import { listMessages } from '@/lib/imap/list-messages';
import { markSeen } from '@/lib/imap/mark-seen';
import type { Account } from '@/lib/session/account';
import { type CuttingProxy, startCuttingProxy } from './support/cutting-proxy';
import { withDirectImap } from './support/direct-imap';
import { loginCount } from './support/dovecot-log';
import { sentCommands } from './support/rawlog';
import { IMAP } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

let proxy: CuttingProxy;

/** The app's lib, called in this process, reaching Dovecot through the cutting proxy. */
const accountOf = (user: TestUser) => accountFor(user, { port: proxy.port, session: 'writes' });

/** A fresh user with one unread message in INBOX; its message ref. */
async function userWithMessage(): Promise<{ owner: TestUser; account: Account; ref: MessageRef }> {
  const owner = freshUser('write');
  const appended =
    (await withDirectImap(owner, (imap) => imap.append('INBOX', 'From: a@example.org\r\nSubject: Hello\r\n\r\nHi.\r\n'))) || null;
  if (!appended?.uid) throw new Error('APPEND gave no APPENDUID');
  const ref = { path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid };
  return { owner, account: accountOf(owner), ref };
}

/** Dovecot's rawlog is written when a connection ends: close the session before reading it. */
async function commandsOf(account: Account, name: string): Promise<number> {
  await closeSession(account);
  return sentCommands(account.user, 'full').filter((command) => command.name === name).length;
}

/** Logins so far (the direct APPEND's), once Dovecot's log has them. */
async function settledLogins(owner: TestUser): Promise<number> {
  await expect.poll(() => loginCount(owner.user)).toBeGreaterThan(0);
  return loginCount(owner.user);
}

const seenOnServer = (owner: TestUser) =>
  withDirectImap(owner, async (imap) => {
    await imap.mailboxOpen('INBOX');
    const message = await imap.fetchOne('*', { flags: true });
    return message ? (message.flags?.has('\\Seen') ?? false) : false;
  });

describe('writes and dropped connections (in process, against Dovecot)', () => {
  beforeAll(async () => {
    proxy = await startCuttingProxy(IMAP);
  });

  afterAll(async () => {
    proxy.cutAll();
    await proxy.close();
  });

  it('reports a STORE whose connection dropped after it was sent, and never sends it again', async () => {
    const { account, ref } = await userWithMessage();
    const cutsBefore = proxy.cuts();
    proxy.cutOn(/ UID STORE /);
    const outcome = await markSeen(account, ref).catch((error: unknown) => error);
    expect(proxy.cuts()).toBe(cutsBefore + 1);
    expect(await commandsOf(account, 'UID STORE')).toBe(1);
    expect(outcome).toMatchObject({ code: 'WRITE_UNCONFIRMED', status: 502 });
  });

  it('retries a read whose connection dropped after its FETCH was sent, once, and answers', async () => {
    const { owner, account } = await userWithMessage();
    const loginsBefore = await settledLogins(owner);
    const cutsBefore = proxy.cuts();
    proxy.cutOn(/ FETCH /);
    const page = await listMessages(account, 'INBOX', { limit: 10, sort: 'arrival', order: 'desc' });
    expect(page.messages.map((message) => message.subject)).toEqual(['Hello']);
    expect(proxy.cuts()).toBe(cutsBefore + 1);
    await closeSession(account);
    // The lost connection and the one the read was retried on.
    await expect.poll(() => loginCount(owner.user) - loginsBefore).toBe(2);
  });

  it('retries write work whose connection dropped before the STORE was sent, and stores once', async () => {
    const { owner, account, ref } = await userWithMessage();
    const loginsBefore = await settledLogins(owner);
    // withMessage's existence check, `UID FETCH n (UID)` (with MODSEQ under CONDSTORE), comes before the STORE.
    const cutsBefore = proxy.cuts();
    proxy.cutOn(/ UID FETCH \d+ \(UID( MODSEQ)?\)\r\n/);
    expect((await markSeen(account, ref)).flags).toContain('\\Seen');
    expect(proxy.cuts()).toBe(cutsBefore + 1);
    expect(await commandsOf(account, 'UID STORE')).toBe(1);
    await expect.poll(() => loginCount(owner.user) - loginsBefore).toBe(2);
    expect(await seenOnServer(owner)).toBe(true);
  });

  it('retries a write found dead just before it was issued, and applies it once', async () => {
    const owner = freshUser('write');
    const account = accountOf(owner);
    let attempts = 0;
    const created = await withImap(
      account,
      async ({ client, write }) => {
        attempts += 1;
        // The server went away between the work's start and its write.
        if (attempts === 1) client.close();
        await write(() => client.mailboxCreate('Made'));
        return attempts;
      },
      { retry: 'never' },
    );
    expect(created).toBe(2);
    expect(await commandsOf(account, 'CREATE')).toBe(1);
    const paths = await withDirectImap(owner, async (imap) => (await imap.list()).map((mailbox) => mailbox.path));
    expect(paths).toContain('Made');
  });

  it('refuses lease.write() in work that did not declare itself a write', async () => {
    const owner = freshUser('write');
    const account = accountOf(owner);
    const attempt = withImap(account, ({ client, write }) => write(() => client.mailboxCreate('Never')));
    await expect(attempt).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(await commandsOf(account, 'CREATE')).toBe(0);
  });
});
