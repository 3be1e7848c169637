import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchQueued } from '@/lib/compose/dispatch-queued';
import { messageId as appMessageId, messageRefFromId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { type AppServer, startApp, stopApp } from '../../scripts/harness/app';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { PORTS } from '../../scripts/harness/ports';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { dataDir } from '../../scripts/imap/paths';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { AppClient } from './support/http-client';
import { APP_ENV } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

/**
 * Undo send against the real servers, on an app of its own with a 2 s delay (the test restarts
 * it): a queued send waits in Drafts, goes once, can be taken back, and survives a restart.
 */
const PORT = PORTS.integrationUndo;
const DELAY_MS = 2_000;
/** Its own staging store, to see that a send leaves no spool file behind. */
const STAGING = join(tmpdir(), `letterbox-undo-${process.pid}`);
const ENV = { ...APP_ENV, SEND_DELAY_MS: String(DELAY_MS), ATTACHMENT_DIR: STAGING };
const LOG = resolve(dataDir, 'test-logs', 'undo-send-app.log');
let server: AppServer;

const start = () => startApp({ port: PORT, env: ENV, log: LOG });
beforeAll(async () => {
  server = await start();
});
afterAll(async () => {
  await stopApp(server);
});

async function signedIn(user: TestUser): Promise<AppClient> {
  const client = new AppClient(`http://127.0.0.1:${PORT}`);
  expect((await client.signIn(user.user, user.password)).status).toBe(200);
  return client;
}

/** Every file under the staging store (one folder per account). */
async function stagedFiles(): Promise<string[]> {
  const entries = await readdir(STAGING, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Messages in `path` with their keywords, whether they carry the queue's private header, and a Bcc field. */
async function messages(user: TestUser, path: string) {
  return withDirectImap(user, async (imap) => {
    const lock = await imap.getMailboxLock(path, { readOnly: true });
    try {
      if (imap.mailbox && imap.mailbox.exists === 0) return [];
      const found: Array<{ flags: string[]; privateHeader: boolean; bcc: boolean }> = [];
      for await (const message of imap.fetch('1:*', { flags: true, source: true })) {
        const head = message.source?.subarray(0, message.source.indexOf('\r\n\r\n')).toString('latin1') ?? '';
        found.push({ flags: [...(message.flags ?? [])], privateHeader: /^X-Letterbox-/im.test(head), bcc: /^Bcc:/im.test(head) });
      }
      return found;
    } finally {
      lock.release();
    }
  });
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
const message = (to: TestUser, subject: string) => ({ to: [{ address: `${to.user}@${MAIL_DOMAIN}` }], subject, text: 'x' });

describe.skipIf(!postfixCanRun())('send with an undo delay', () => {
  it('waits in Drafts for the delay, then goes once, filed in Sent without the queue’s marks, Bcc kept there only', async () => {
    const [writer, reader, copied] = [freshUser('undo-a'), freshUser('undo-b'), freshUser('undo-bcc')];
    const client = await signedIn(writer);
    const answer = await client.request('POST', '/api/send', {
      ...message(reader, 'Waits, then goes'),
      bcc: [{ address: `${copied.user}@${MAIL_DOMAIN}` }],
    });
    expect(answer.status).toBe(200);
    expect(answer.json?.queued).toMatchObject({ id: expect.any(String), sendAt: expect.any(String) });
    const state = async () =>
      (
        await client.request(
          'GET',
          `/api/send/${answer.json?.queued.id}?${new URLSearchParams({ messageId: answer.json?.messageId })}`,
        )
      ).json?.state;
    expect(await state()).toBe('queued');
    expect(await messages(writer, 'Drafts')).toEqual([
      { flags: expect.arrayContaining(['\\Draft', '$LetterboxQueued']), privateHeader: true, bcc: true },
    ]);
    expect(await messages(reader, 'INBOX')).toEqual([]);
    await expect.poll(() => messages(reader, 'INBOX'), { timeout: 15_000 }).toHaveLength(1);
    await wait(1_000);
    // Streamed from the stored draft through a spool file: the queue's fields and Bcc never travel.
    expect((await messages(reader, 'INBOX')).map(({ privateHeader, bcc }) => ({ privateHeader, bcc }))).toEqual([
      { privateHeader: false, bcc: false },
    ]);
    expect((await messages(copied, 'INBOX')).map(({ bcc }) => bcc)).toEqual([false]);
    expect(await messages(writer, 'Drafts')).toEqual([]);
    expect(await messages(writer, 'Sent')).toEqual([
      { flags: expect.arrayContaining(['\\Seen']), privateHeader: false, bcc: true },
    ]);
    expect((await stagedFiles()).filter((name) => name.endsWith('.spool'))).toEqual([]);
    // Gone from Drafts and found in Sent by its Message-ID.
    expect(await state()).toBe('sent');
  });

  it('is taken back by Undo within the delay: nothing goes, the draft stays', async () => {
    const [writer, reader] = [freshUser('undo-c'), freshUser('undo-d')];
    const client = await signedIn(writer);
    const answer = await client.request('POST', '/api/send', message(reader, 'Taken back'));
    const undo = await client.request('DELETE', `/api/send/${answer.json?.queued.id}`);
    expect(undo.status).toBe(200);
    expect(undo.json?.draftId).toBe(answer.json?.queued.id);
    await wait(DELAY_MS + 2_000);
    expect(await messages(reader, 'INBOX')).toEqual([]);
    expect(await messages(writer, 'Drafts')).toEqual([
      { flags: expect.not.arrayContaining(['$LetterboxQueued']), privateHeader: true, bcc: false },
    ]);
    expect(await messages(writer, 'Sent')).toEqual([]);
    expect((await client.request('DELETE', `/api/send/${answer.json?.queued.id}`)).status).toBe(409);
    // An alarm set elsewhere (another instance, or before a restart) that fires after the Undo
    // finds the message no longer queued, and leaves it.
    const ref = messageRefFromId(answer.json?.queued.id);
    if (!ref) throw new Error('queued id is not a message id');
    const account = accountFor(writer, { session: 'late-alarm' });
    try {
      await dispatchQueued(account, ref);
    } finally {
      await closeSession(account);
    }
    await wait(1_500);
    expect(await messages(reader, 'INBOX')).toEqual([]);
    expect(await messages(writer, 'Drafts')).toHaveLength(1);
  });

  it('survives a restart during the delay and is sent exactly once when the user is back', async () => {
    const [writer, reader] = [freshUser('undo-e'), freshUser('undo-f')];
    const before = await signedIn(writer);
    expect((await before.request('POST', '/api/send', message(reader, 'Across a restart'))).status).toBe(200);
    expect(await stopApp(server)).toBe(0);
    server = await start();
    await wait(DELAY_MS);
    // Nothing can go while no session of the account is seen: its credentials are in its sessions only.
    expect(await messages(reader, 'INBOX')).toEqual([]);
    const after = await signedIn(writer);
    const abort = new AbortController();
    const stream = await after.open('/api/events', {}, abort.signal);
    expect(stream.status).toBe(200);
    await expect.poll(() => messages(reader, 'INBOX'), { timeout: 15_000 }).toHaveLength(1);
    abort.abort();
    await wait(1_500);
    expect(await messages(reader, 'INBOX')).toHaveLength(1);
    expect(await messages(writer, 'Drafts')).toEqual([]);
    expect(await messages(writer, 'Sent')).toHaveLength(1);
  });

  it('settles a send claimed by a process that died: filed in Sent → the draft goes; else kept, marked unsure, never resent', async () => {
    const [writer, reader] = [freshUser('undo-g'), freshUser('undo-h')];
    const stale = new Date(Date.now() - 10 * 60_000).toISOString();
    const raw = (id: string) =>
      Buffer.from(
        `From: ${writer.user}@${MAIL_DOMAIN}\r\nTo: ${reader.user}@${MAIL_DOMAIN}\r\nSubject: Claimed ${id}\r\n` +
          `Message-ID: <${id}@letterbox.test>\r\nX-Letterbox-Send-At: ${stale}\r\n\r\nx\r\n`,
      );
    const claimed = ['\\Draft', '\\Seen', '$LetterboxQueued', '$LetterboxSending'];
    await withDirectImap(writer, async (imap) => {
      await imap.append('Drafts', raw('filed'), claimed);
      await imap.append('Sent', raw('filed'), ['\\Seen']);
      await imap.append('Drafts', raw('unknown'), claimed);
    });
    const client = await signedIn(writer);
    const abort = new AbortController();
    expect((await client.open('/api/events', {}, abort.signal)).status).toBe(200);
    // The resume runs 3 s into the stream (resume-queued.ts).
    await expect.poll(() => messages(writer, 'Drafts'), { timeout: 15_000 }).toHaveLength(1);
    abort.abort();
    const [left] = await messages(writer, 'Drafts');
    expect(left?.flags).toEqual(expect.arrayContaining(['\\Draft', '$LetterboxUnsure']));
    expect(left?.flags).not.toContain('$LetterboxQueued');
    expect(left?.flags).not.toContain('$LetterboxSending');
    await wait(1_500);
    expect(await messages(reader, 'INBOX')).toEqual([]);
    expect(await messages(writer, 'Sent')).toHaveLength(1);
  });

  it('forwards a queued message as an attachment, byte for byte, and then marks the original $Forwarded', async () => {
    const [writer, reader] = [freshUser('undo-fwd'), freshUser('undo-fwd-to')];
    const original = 'From: Eve <eve@example.org>\r\nSubject: Keep this\r\n\r\nExact   \r\n';
    const appended = await withDirectImap(writer, (imap) => imap.append('INBOX', original));
    const uid = Number(appended ? appended.uid : 0);
    const forwardOf = appMessageId({ path: 'INBOX', uidValidity: Number(appended ? appended.uidValidity : 0), uid });
    const client = await signedIn(writer);
    const answer = await client.request('POST', '/api/send', {
      ...message(reader, 'Fwd: Keep this'),
      forwardOf,
      forwardAs: 'attachment',
    });
    expect(answer.status).toBe(200);
    await expect.poll(() => messages(reader, 'INBOX'), { timeout: 15_000 }).toHaveLength(1);
    const delivered = await withDirectImap(reader, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
      try {
        const found = await imap.fetchOne('*', { source: true });
        return found ? found.source : undefined;
      } finally {
        lock.release();
      }
    });
    expect(delivered?.includes(Buffer.from(original))).toBe(true);
    const flags = () =>
      withDirectImap(writer, async (imap) => {
        const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
        try {
          const found = await imap.fetchOne(String(uid), { flags: true }, { uid: true });
          return found ? [...(found.flags ?? [])] : [];
        } finally {
          lock.release();
        }
      });
    await expect.poll(flags, { timeout: 5_000 }).toContain('$Forwarded');
  });
});
