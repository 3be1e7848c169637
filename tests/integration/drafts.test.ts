import type { ImapFlow } from 'imapflow';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { findByMessageId } from '@/lib/compose/find-by-message-id';
import { messageId as appMessageId, messageRefFromId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { AppClient } from './support/http-client';
import { accountFor, freshUser, type TestUser } from './support/users';

/**
 * Drafts live in the Drafts folder, where Thunderbird and phones find them: every result is
 * read with an independent imapflow client.
 */

async function signedIn(user: TestUser): Promise<AppClient> {
  const client = new AppClient();
  expect((await client.signIn(user.user, user.password)).status).toBe(200);
  return client;
}

interface Stored {
  uid: number;
  flags: string[];
  raw: Buffer;
}

/** Every message in `path`, with its flags and bytes. */
async function stored(user: TestUser, path: string): Promise<Stored[]> {
  return withDirectImap(user, async (imap: ImapFlow) => {
    const lock = await imap.getMailboxLock(path, { readOnly: true });
    try {
      if (imap.mailbox && imap.mailbox.exists === 0) return [];
      const found: Stored[] = [];
      for await (const message of imap.fetch('1:*', { uid: true, flags: true, source: true })) {
        found.push({ uid: message.uid, flags: [...(message.flags ?? [])], raw: message.source ?? Buffer.alloc(0) });
      }
      return found;
    } finally {
      lock.release();
    }
  });
}

async function save(client: AppClient, body: Record<string, unknown>): Promise<string> {
  const response = await client.request('PUT', '/api/drafts', body);
  expect(response.status).toBe(200);
  const { draftId } = response.json as { draftId: string };
  expect(messageRefFromId(draftId)?.path).toBe('Drafts');
  return draftId;
}

describe('findByMessageId (an APPEND answered without APPENDUID)', () => {
  it('names the one message with that Message-ID, and none when two share it', async () => {
    const owner = freshUser('draft-find');
    const appended = await withDirectImap(owner, async (imap) => {
      await imap.append('Drafts', 'Message-ID: <shared@letterbox.test>\r\nSubject: a\r\n\r\nx\r\n');
      await imap.append('Drafts', 'Message-ID: <shared@letterbox.test>\r\nSubject: b\r\n\r\nx\r\n');
      return imap.append('Drafts', 'Message-ID: <only@letterbox.test>\r\nSubject: c\r\n\r\nx\r\n');
    });
    const account = accountFor(owner, { session: 'find' });
    try {
      expect(await findByMessageId(account, 'Drafts', '<only@letterbox.test>')).toEqual({
        uidValidity: Number(appended ? appended.uidValidity : 0),
        uid: Number(appended ? appended.uid : 0),
      });
      expect(await findByMessageId(account, 'Drafts', '<shared@letterbox.test>')).toBeNull();
      expect(await findByMessageId(account, 'Drafts', '<nobody@letterbox.test>')).toBeNull();
    } finally {
      await closeSession(account);
    }
  });
});

describe('PUT /api/drafts', () => {
  it('stores a draft with no recipient yet in Drafts, flagged \\Draft, and replaces it on the next save', async () => {
    const writer = freshUser('draft');
    const client = await signedIn(writer);
    const first = await save(client, { to: [], subject: 'Half a thought', text: 'So far.' });
    let drafts = await stored(writer, 'Drafts');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.flags).toEqual(expect.arrayContaining(['\\Draft', '\\Seen']));
    expect((await PostalMime.parse(drafts[0]?.raw ?? '')).subject).toBe('Half a thought');

    const second = await save(client, {
      draftId: first,
      to: [{ name: 'Zoë', address: `zoe@${MAIL_DOMAIN}` }],
      subject: 'A whole thought',
      html: '<p>Done <img src="x" onerror="alert(1)"></p>',
    });
    expect(second).not.toBe(first);
    drafts = await stored(writer, 'Drafts');
    expect(drafts).toHaveLength(1);
    const parsed = await PostalMime.parse(drafts[0]?.raw ?? '');
    expect(parsed.subject).toBe('A whole thought');
    expect(parsed.to?.[0]).toMatchObject({ name: 'Zoë', address: `zoe@${MAIL_DOMAIN}` });
    expect(parsed.html).toContain('Done');
    expect(parsed.html).not.toContain('onerror');
  });

  it('keeps the newest words when another device already removed the version it replaces', async () => {
    const writer = freshUser('draft-race');
    const client = await signedIn(writer);
    const first = await save(client, { to: [], subject: 'Version 1', text: 'a' });
    // Another device replaced (or sent) it meanwhile.
    await withDirectImap(writer, async (imap) => {
      await imap.mailboxOpen('Drafts');
      await imap.messageDelete(String(messageRefFromId(first)?.uid), { uid: true });
    });
    await save(client, { draftId: first, to: [], subject: 'Version 2', text: 'b' });
    const drafts = await stored(writer, 'Drafts');
    expect(drafts).toHaveLength(1);
    expect((await PostalMime.parse(drafts[0]?.raw ?? '')).subject).toBe('Version 2');
  });

  it('refuses to delete anything but a draft by a draft id', async () => {
    const writer = freshUser('draft-guard');
    const appended = await withDirectImap(writer, (imap) => imap.append('INBOX', 'Subject: Keep me\r\n\r\nx\r\n'));
    const inboxMessage = appMessageId({
      path: 'INBOX',
      uidValidity: Number(appended ? appended.uidValidity : 0),
      uid: Number(appended ? appended.uid : 0),
    });
    const client = await signedIn(writer);
    const refused = await client.request('DELETE', `/api/drafts/${inboxMessage}`);
    expect(refused.status).toBe(404);
    expect(await stored(writer, 'INBOX')).toHaveLength(1);
    // A message in Drafts without \Draft (filed there by hand) is no draft either.
    const filed = await withDirectImap(writer, (imap) => imap.append('Drafts', 'Subject: Filed\r\n\r\nx\r\n', ['\\Seen']));
    const filedId = appMessageId({
      path: 'Drafts',
      uidValidity: Number(filed ? filed.uidValidity : 0),
      uid: Number(filed ? filed.uid : 0),
    });
    expect((await client.request('DELETE', `/api/drafts/${filedId}`)).status).toBe(404);
    expect(await stored(writer, 'Drafts')).toHaveLength(1);
  });

  it('resumes on another device: fields, links, and its attachments staged anew', async () => {
    const writer = freshUser('draft-resume');
    const appended = await withDirectImap(writer, (imap) =>
      imap.append('INBOX', 'Subject: Question\r\nMessage-ID: <question@example.org>\r\n\r\n?\r\n'),
    );
    const original = appMessageId({
      path: 'INBOX',
      uidValidity: Number(appended ? appended.uidValidity : 0),
      uid: Number(appended ? appended.uid : 0),
    });
    const laptop = await signedIn(writer);
    const form = new FormData();
    const bytes = new Uint8Array([0, 1, 2, 3, 250, 251, 252]);
    form.append('file', new Blob([bytes], { type: 'application/octet-stream' }), 'données.bin');
    const upload = await fetch(`${laptop.baseUrl}/api/attachments`, {
      method: 'POST',
      headers: { cookie: laptop.cookie, origin: laptop.baseUrl },
      body: form,
    });
    const staged = (await upload.json()) as { id: string };
    const draftId = await save(laptop, {
      to: [{ name: 'Ана', address: `ana@${MAIL_DOMAIN}` }],
      cc: [{ address: `cc@${MAIL_DOMAIN}` }],
      bcc: [{ address: `bcc@${MAIL_DOMAIN}` }],
      subject: 'Re: Question',
      html: '<p>Answer <b>here</b></p>',
      attachments: [staged.id],
      inReplyTo: original,
    });

    const phone = await signedIn(writer);
    const resumed = await phone.request('GET', `/api/drafts/${draftId}`);
    expect(resumed.status).toBe(200);
    expect(resumed.json).toMatchObject({
      draftId,
      to: [{ name: 'Ана', address: `ana@${MAIL_DOMAIN}` }],
      cc: [{ address: `cc@${MAIL_DOMAIN}` }],
      bcc: [{ address: `bcc@${MAIL_DOMAIN}` }],
      subject: 'Re: Question',
      inReplyTo: original,
    });
    expect(resumed.json?.html).toContain('<b>here</b>');
    expect(resumed.json?.attachments).toEqual([
      { id: expect.any(String), filename: 'données.bin', size: bytes.length, contentType: 'application/octet-stream' },
    ]);
    expect(resumed.json?.attachments[0].id).not.toBe(staged.id);
    // Saved again from the phone with the re-staged file: still one draft, the file still in it.
    await save(phone, { ...resumed.json, attachments: [resumed.json?.attachments[0].id] });
    const drafts = await stored(writer, 'Drafts');
    expect(drafts).toHaveLength(1);
    const parsed = await PostalMime.parse(drafts[0]?.raw ?? '', { attachmentEncoding: 'arraybuffer' });
    expect(new Uint8Array(parsed.attachments[0]?.content as ArrayBuffer)).toEqual(bytes);
    expect(parsed.inReplyTo).toBe('<question@example.org>');
    // Not a draft: 404.
    expect((await phone.request('GET', `/api/drafts/${original}`)).status).toBe(404);
  });

  it('resumes a forward as attachment with the original named, carried by its link and never staged', async () => {
    const writer = freshUser('draft-forward');
    const original = 'Subject: Plans / Q1\r\nMessage-ID: <plans@example.org>\r\n\r\nThe plan.\r\n';
    const appended = await withDirectImap(writer, (imap) => imap.append('INBOX', original));
    const forwardOf = appMessageId({
      path: 'INBOX',
      uidValidity: Number(appended ? appended.uidValidity : 0),
      uid: Number(appended ? appended.uid : 0),
    });
    const laptop = await signedIn(writer);
    const draftId = await save(laptop, {
      to: [],
      subject: 'Fwd: Plans / Q1',
      text: 'Below.',
      forwardOf,
      forwardAs: 'attachment',
    });

    const resumed = await (await signedIn(writer)).request('GET', `/api/drafts/${draftId}`);
    expect(resumed.status).toBe(200);
    expect(resumed.json).toMatchObject({ forwardOf, forwardAs: 'attachment', attachments: [] });
    // The name the send gives it (the subject, '/' made a space), and the stored original's size.
    expect(resumed.json?.forwardedMessage).toEqual({ filename: 'Plans Q1.eml', size: Buffer.byteLength(original) });
  });

  it.skipIf(!postfixCanRun())('is deleted once the message is sent from it, and Sent keeps the copy', async () => {
    const writer = freshUser('draft-send');
    const reader = freshUser('draft-reader');
    const client = await signedIn(writer);
    const message = { to: [{ address: `${reader.user}@${MAIL_DOMAIN}` }], subject: 'From a draft', text: 'Sent at last.' };
    const draftId = await save(client, message);
    const sent = await client.request('POST', '/api/send', { ...message, draftId, delay: 0 });
    expect(sent.status).toBe(200);
    expect(await stored(writer, 'Drafts')).toEqual([]);
    const copies = await stored(writer, 'Sent');
    expect(copies).toHaveLength(1);
    expect((await PostalMime.parse(copies[0]?.raw ?? '')).subject).toBe('From a draft');
  });
});
