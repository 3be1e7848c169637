import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImapFlow } from 'imapflow';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageId as appMessageId } from '@/lib/ids';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { MAIL_DOMAIN, postfixPaths } from '../../scripts/smtp/paths';
import { flagsOnServer } from './support/flags';
import { AppClient } from './support/http-client';
import { NOTE, pdfAndNote } from './support/pdf-and-note';
import { freshUser, type TestUser } from './support/users';

/**
 * Sending, end to end against the real servers: the app submits to the local Postfix, which
 * delivers into Dovecot over LMTP; every result is read back with an independent imapflow
 * client, never through the app.
 */

const sha256 = (bytes: Uint8Array | ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');
const address = (user: TestUser) => `${user.user}@${MAIL_DOMAIN}`;

async function signedIn(user: TestUser): Promise<AppClient> {
  const client = new AppClient();
  expect((await client.signIn(user.user, user.password)).status).toBe(200);
  return client;
}

async function upload(client: AppClient, name: string, bytes: Buffer, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${client.baseUrl}/api/attachments`, {
    method: 'POST',
    headers: { cookie: client.cookie, origin: client.baseUrl },
    body: form,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; filename: string; size: number; contentType: string };
}

/** UIDs of the messages in `path` whose Message-ID is `id`. */
async function findById(imap: ImapFlow, path: string, id: string): Promise<number[]> {
  const lock = await imap.getMailboxLock(path, { readOnly: true });
  try {
    return ((await imap.search({ header: { 'message-id': id } }, { uid: true })) || []) as number[];
  } finally {
    lock.release();
  }
}

/** Polls `owner`'s INBOX until the message `id` arrived; its raw bytes. Postfix delivers within a second. */
async function delivered(owner: TestUser, id: string): Promise<Buffer> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const raw = await withDirectImap(owner, async (imap) => {
      const [uid] = await findById(imap, 'INBOX', id);
      if (uid === undefined) return null;
      const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
      try {
        const message = await imap.fetchOne(String(uid), { source: true }, { uid: true });
        return message ? (message.source ?? null) : null;
      } finally {
        lock.release();
      }
    });
    if (raw) return raw;
    if (Date.now() > deadline) throw new Error(`message ${id} never reached ${owner.user}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function count(owner: TestUser, path: string): Promise<number> {
  return withDirectImap(owner, async (imap) => {
    const status = await imap.status(path, { messages: true });
    return status ? (status.messages ?? 0) : -1;
  });
}

/** Submissions Postfix logged for `user` (one `sasl_username=` line per authenticated submission). */
function submissions(user: TestUser): number {
  const log = readFileSync(postfixPaths().log, 'utf8');
  return log.split('\n').filter((line) => line.includes(`sasl_username=${user.user}`)).length;
}

let alice: TestUser;
let bob: TestUser;

beforeAll(() => {
  alice = freshUser('alice');
  bob = freshUser('bob');
});

// Postfix runs only as root (scripts/harness/postfix.ts); rootless, nothing here can be delivered.
describe.skipIf(!postfixCanRun())('POST /api/send', () => {
  it('delivers a Cyrillic subject, a Japanese name, HTML and two attachments intact; Sent keeps exactly one copy', async () => {
    const client = await signedIn(alice);
    const big = randomBytes(10 * 1024 * 1024);
    const small = Buffer.from('Ünïcødé attachment text\n');
    const first = await upload(client, 'отчёт 2026.txt', small, 'text/plain');
    const second = await upload(client, 'big.bin', big, 'application/octet-stream');
    expect(first).toMatchObject({ filename: 'отчёт 2026.txt', size: small.length });

    const subject = 'Привет, Боб: отчёт за квартал';
    const response = await client.request('POST', '/api/send', {
      to: [{ name: '山田 太郎', address: address(bob) }],
      subject,
      html: '<p>Hello <b>Bob</b>, see <a href="https://example.org/r">the report</a>.</p><script>alert(1)</script>',
      attachments: [first.id, second.id],
      delay: 0,
    });
    expect(response.status).toBe(200);
    const { messageId } = response.json as { messageId: string };
    expect(messageId).toMatch(new RegExp(`^<[^@>]+@${MAIL_DOMAIN.replace('.', '\\.')}>$`));

    const parsed = await PostalMime.parse(await delivered(bob, messageId));
    expect(parsed.subject).toBe(subject);
    expect(parsed.to?.[0]).toMatchObject({ name: '山田 太郎', address: address(bob) });
    expect(parsed.from).toMatchObject({ address: address(alice) });
    expect(parsed.html).toContain('<b>Bob</b>');
    expect(parsed.html).not.toContain('<script');
    expect(parsed.text).toContain('Hello Bob');
    const byName = new Map(parsed.attachments.map((part) => [part.filename, part]));
    expect(sha256(byName.get('отчёт 2026.txt')?.content as ArrayBuffer)).toBe(sha256(small));
    expect(sha256(byName.get('big.bin')?.content as ArrayBuffer)).toBe(sha256(big));

    await withDirectImap(alice, async (imap) => expect(await findById(imap, 'Sent', messageId)).toHaveLength(1));
    expect(await count(alice, 'Drafts')).toBe(0);
  });

  it('keeps Bcc out of what recipients get, and in the sender’s copy in Sent (RFC 5322 §3.6.3)', async () => {
    const carol = freshUser('carol');
    const client = await signedIn(alice);
    const response = await client.request('POST', '/api/send', {
      to: [{ address: address(bob) }],
      bcc: [{ address: address(carol) }],
      subject: 'Blind copy',
      text: 'Only Carol knows.',
      delay: 0,
    });
    expect(response.status).toBe(200);
    const { messageId } = response.json as { messageId: string };
    for (const owner of [bob, carol]) {
      const raw = (await delivered(owner, messageId)).toString('latin1');
      expect(raw).not.toMatch(/^bcc:/im);
    }
    const sent = await withDirectImap(alice, async (imap) => {
      const [uid] = await findById(imap, 'Sent', messageId);
      const lock = await imap.getMailboxLock('Sent', { readOnly: true });
      try {
        return (await imap.fetchOne(String(uid), { source: true, flags: true }, { uid: true })) || null;
      } finally {
        lock.release();
      }
    });
    expect(sent?.source?.toString('latin1')).toMatch(new RegExp(`^Bcc: ${address(carol)}`, 'im'));
    expect(sent?.flags?.has('\\Seen')).toBe(true);
  });

  it('threads a reply (In-Reply-To, References) and marks the original \\Answered', async () => {
    const fromAlice = await signedIn(alice);
    const first = await fromAlice.request('POST', '/api/send', {
      to: [{ address: address(bob) }],
      subject: 'Lunch?',
      text: 'Noon?',
      delay: 0,
    });
    const originalId = (first.json as { messageId: string }).messageId;
    await delivered(bob, originalId);
    const { uid, uidValidity } = await withDirectImap(bob, async (imap) => {
      const [found] = await findById(imap, 'INBOX', originalId);
      const status = await imap.status('INBOX', { uidValidity: true });
      return { uid: found ?? 0, uidValidity: Number(status ? status.uidValidity : 0) };
    });

    const fromBob = await signedIn(bob);
    const reply = await fromBob.request('POST', '/api/send', {
      to: [{ address: address(alice) }],
      subject: 'Re: Lunch?',
      text: 'Yes.',
      inReplyTo: appMessageId({ path: 'INBOX', uidValidity, uid }),
      delay: 0,
    });
    expect(reply.status).toBe(200);
    const parsed = await PostalMime.parse(await delivered(alice, (reply.json as { messageId: string }).messageId));
    expect(parsed.inReplyTo).toBe(originalId);
    expect(parsed.references).toBe(originalId);
    expect((await flagsOnServer(bob))[uid]).toContain('\\Answered');
  });

  it('sends a reply whose original another client deleted meanwhile, unthreaded', async () => {
    const gone = await withDirectImap(bob, async (imap) => {
      const appended = await imap.append('INBOX', 'Message-ID: <soon-gone@example.org>\r\nSubject: Gone\r\n\r\nx\r\n');
      await imap.mailboxOpen('INBOX');
      await imap.messageDelete(String(appended ? appended.uid : 0), { uid: true });
      return appMessageId({
        path: 'INBOX',
        uidValidity: Number(appended ? appended.uidValidity : 0),
        uid: Number(appended ? appended.uid : 0),
      });
    });
    const fromBob = await signedIn(bob);
    const reply = await fromBob.request('POST', '/api/send', {
      to: [{ address: address(alice) }],
      subject: 'Re: Gone',
      text: 'Still answering.',
      inReplyTo: gone,
      delay: 0,
    });
    expect(reply.status).toBe(200);
    const parsed = await PostalMime.parse(await delivered(alice, (reply.json as { messageId: string }).messageId));
    expect(parsed.text).toContain('Still answering.');
    expect(parsed.inReplyTo).toBeUndefined();
  });

  it('forwards a message as an attachment byte for byte, and marks it $Forwarded', async () => {
    const dave = freshUser('dave');
    const original = `From: Eve <eve@example.org>\r\nSubject: Signed thing\r\nMessage-ID: <${randomBytes(6).toString('hex')}@example.org>\r\n\r\nExact bytes, trailing spaces   \r\n`;
    const appended = await withDirectImap(alice, (imap) => imap.append('INBOX', original));
    const uid = Number(appended ? appended.uid : 0);
    const uidValidity = Number(appended ? appended.uidValidity : 0);
    const client = await signedIn(alice);
    const response = await client.request('POST', '/api/send', {
      to: [{ address: address(dave) }],
      subject: 'Fwd: Signed thing',
      text: 'See attached.',
      forwardOf: appMessageId({ path: 'INBOX', uidValidity, uid }),
      forwardAs: 'attachment',
      delay: 0,
    });
    expect(response.status).toBe(200);
    const raw = await delivered(dave, (response.json as { messageId: string }).messageId);
    // message/rfc822 travels as 8bit (RFC 2046 §5.2.1 forbids base64 for it): the original's
    // bytes stand in the delivered message as they are stored, CRLFs and trailing spaces kept.
    expect(raw.includes(Buffer.from(original, 'latin1'))).toBe(true);
    const parsed = await PostalMime.parse(raw, { forceRfc822Attachments: true });
    const attached = parsed.attachments.find((part) => part.mimeType === 'message/rfc822');
    expect(attached?.filename).toBe('Signed thing.eml');
    expect((await flagsOnServer(alice))[uid]).toContain('$Forwarded');
  });

  it('forwards inline with the original’s attachments, streamed from IMAP byte for byte; a part it lacks is a 400', async () => {
    const erin = freshUser('erin');
    const pdf = randomBytes(3 * 1024 * 1024);
    const original = pdfAndNote(pdf);
    const appended = await withDirectImap(alice, (imap) => imap.append('INBOX', original));
    const forwardOf = appMessageId({
      path: 'INBOX',
      uidValidity: Number(appended ? appended.uidValidity : 0),
      uid: Number(appended ? appended.uid : 0),
    });
    const client = await signedIn(alice);
    const message = { to: [{ address: address(erin) }], subject: 'Fwd: Two files', html: '<p>FYI</p>', forwardOf, delay: 0 };
    const refused = await client.request('POST', '/api/send', { ...message, forwardParts: ['9'] });
    expect(refused.status).toBe(400);
    expect(refused.json?.error.message).toContain('forwardParts');
    const response = await client.request('POST', '/api/send', { ...message, forwardAs: 'inline', forwardParts: ['2', '3'] });
    expect(response.status).toBe(200);
    const parsed = await PostalMime.parse(await delivered(erin, (response.json as { messageId: string }).messageId));
    const byName = new Map(parsed.attachments.map((part) => [part.filename, part]));
    expect([...byName.keys()].sort()).toEqual(['note.txt', 'report.pdf']);
    expect(sha256(byName.get('report.pdf')?.content as ArrayBuffer)).toBe(sha256(pdf));
    expect(sha256(byName.get('note.txt')?.content as ArrayBuffer)).toBe(sha256(NOTE));
    expect(byName.get('report.pdf')?.mimeType).toBe('application/pdf');
  });

  it('refuses a line break in a header field, naming the field, and submits nothing', async () => {
    const mallory = freshUser('mallory');
    const client = await signedIn(mallory);
    const before = submissions(mallory);
    const subject = await client.request('POST', '/api/send', {
      to: [{ address: address(bob) }],
      subject: 'Hi\r\nBcc: victim@example.org',
      text: 'x',
      delay: 0,
    });
    expect(subject.status).toBe(400);
    expect(subject.json?.error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(subject.json?.error.message).toContain('subject');
    const recipient = await client.request('POST', '/api/send', {
      to: [{ address: `${address(bob)}\r\nRCPT TO:<victim@example.org>` }],
      subject: 'Hi',
      text: 'x',
      delay: 0,
    });
    expect(recipient.status).toBe(400);
    expect(recipient.json?.error.message).toContain('to[0].address');
    expect(submissions(mallory)).toBe(before);
    expect(await count(mallory, 'Sent')).toBe(0);
  });

  it('sends from an identity of the user’s own (a name, a +subaddress), and refuses anyone else’s address', async () => {
    const ana = freshUser('ana');
    const client = await signedIn(ana);
    const own = `${ana.user}+work@${MAIL_DOMAIN}`;
    const sent = await client.request('POST', '/api/send', {
      from: { name: 'Ana at work', address: own },
      to: [{ address: address(bob) }],
      subject: 'From an identity',
      text: 'x',
      delay: 0,
    });
    expect(sent.status).toBe(200);
    const received = await PostalMime.parse(await delivered(bob, sent.json?.messageId));
    expect(received.from).toEqual({ name: 'Ana at work', address: own });

    const before = submissions(ana);
    for (const other of [address(bob), `${ana.user}x@${MAIL_DOMAIN}`, `${ana.user}@example.org`]) {
      const refused = await client.request('POST', '/api/send', {
        from: { address: other },
        to: [{ address: address(bob) }],
        subject: 'Spoofed',
        text: 'x',
        delay: 0,
      });
      expect(refused.status, other).toBe(400);
      expect(refused.json?.error.message).toContain('from.address');
    }
    expect(submissions(ana)).toBe(before);
    expect(await count(ana, 'Sent')).toBe(1);
  });

  it('sends once for one idempotency key, however many times the request comes', async () => {
    const frank = freshUser('frank');
    const client = await signedIn(alice);
    const request = {
      to: [{ address: address(frank) }],
      subject: 'Only once',
      text: 'Double click.',
      idempotencyKey: `key-${randomBytes(6).toString('hex')}`,
      delay: 0,
    };
    const answers = await Promise.all([1, 2, 3].map(() => client.request('POST', '/api/send', request)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const ids = new Set(answers.map((answer) => (answer.json as { messageId: string }).messageId));
    expect(ids.size).toBe(1);
    await delivered(frank, [...ids][0] ?? '');
    // Anything sent twice would have been delivered by now too.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await count(frank, 'INBOX')).toBe(1);
  });
});
