import { createHash, randomBytes } from 'node:crypto';
import type { ImapFlow, MessageStructureObject } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxId, messageId, messageRefFromId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { downloadPart } from '@/lib/imap/download-part';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { type SeededMessage, type SeedSummary, seedMailbox } from '../../scripts/seed/seed-mailbox';
import { connectDirect } from './support/direct-imap';
import { dovecotLines, loginCount } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { APP_URL, IMAP, IMAP_MINIMAL } from './support/servers';
import { freshUser, type TestUser } from './support/users';

let owner: TestUser;
let seeded: SeedSummary;
let inbox: MessageSummary[];
let imap: ImapFlow;
const client = new AppClient();

beforeAll(async () => {
  owner = freshUser('parts');
  seeded = await seedMailbox({ user: owner.user, count: 40 });
  indexAndSubscribe(seeded);
  expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
  const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?sort=date&order=desc&limit=200`);
  inbox = (list.json?.messages ?? []) as MessageSummary[];
  expect(inbox).toHaveLength(40);
  imap = await connectDirect(owner);
}, 120_000);

const minimal = (): Account => ({
  sessionId: 'parts-minimal',
  user: owner.user,
  password: owner.password,
  host: IMAP.host,
  port: IMAP_MINIMAL.port,
  tls: 'false',
});

afterAll(async () => {
  await imap?.logout();
  await closeSession(minimal());
});

/** GET with the session cookie, keeping the body as bytes. */
async function get(path: string, headers: Record<string, string> = {}, as = client) {
  const response = await fetch(`${APP_URL}${path}`, { headers: { cookie: as.cookie, ...headers } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The i-th newest INBOX message: the manifest entry and its id from the list. */
function inboxMessage(find: (m: SeededMessage) => boolean): { entry: SeededMessage; summary: MessageSummary } {
  const entry = seeded.messages.find((m) => m.folder === 'INBOX' && find(m));
  const summary = entry && inbox[entry.index];
  if (!entry || !summary) throw new Error('no such seeded message');
  return { entry, summary };
}

/** The part number of the node that carries `filename`, read from BODYSTRUCTURE directly. */
async function partOf(summary: MessageSummary, filename: string): Promise<string> {
  const lock = await imap.getMailboxLock('INBOX');
  try {
    const message = await imap.fetchOne(String(summary.uid), { bodyStructure: true }, { uid: true });
    const walk = (node?: MessageStructureObject): string | undefined =>
      node?.dispositionParameters?.filename === filename || node?.parameters?.name === filename
        ? node.part
        : node?.childNodes?.map(walk).find(Boolean);
    const part = walk(message ? message.bodyStructure : undefined);
    if (!part) throw new Error(`no part named ${filename}`);
    return part;
  } finally {
    lock.release();
  }
}

/** Dovecot's out= bytes of the user's connections that logged out after log line `since`. */
async function bytesSentSince(since: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return dovecotLines(owner.user)
    .slice(since)
    .map((line) => Number(/Logged out in=\d+ out=(\d+)/.exec(line)?.[1] ?? 0))
    .reduce((a, b) => a + b, 0);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const BIG_ATTACHMENT_BYTES = 32 * 1024 * 1024;

/** APPENDs a message with one random attachment of `size` bytes; returns the attachment's URL. */
async function appendBigAttachment(size: number): Promise<string> {
  const boundary = 'big-attachment-boundary';
  const data = randomBytes(size).toString('base64').replace(/.{76}/g, '$&\r\n');
  const raw = [
    'From: parts@example.org',
    'To: parts@example.org',
    'Subject: Big attachment',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'See the attachment.',
    `--${boundary}`,
    'Content-Type: application/octet-stream; name="big.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    data,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const appended = (await imap.append('INBOX', Buffer.from(raw))) || null;
  if (!appended?.uid || appended.uidValidity === undefined) throw new Error('APPEND gave no APPENDUID');
  const id = messageId({ path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid });
  return `/api/messages/${id}/parts/2`;
}

describe('GET /api/messages/:id/parts/:part', () => {
  let url: string;
  let full: Buffer;

  beforeAll(async () => {
    const { entry, summary } = inboxMessage((m) => m.index === 30);
    const attachment = entry.attachments?.[0];
    if (!attachment) throw new Error('index 30 has no attachment');
    url = `/api/messages/${summary.id}/parts/${await partOf(summary, attachment.filename)}`;
    const started = performance.now();
    const response = await get(url);
    console.info(`5 MiB attachment over HTTP: ${Math.round(performance.now() - started)} ms`);
    expect(response.status).toBe(200);
    full = response.bytes;
    expect(full.length).toBe(attachment.size);
    expect(sha256(full)).toBe(attachment.sha256);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
  });

  it('serves a Range from the decoded part with 206 and Content-Range', async () => {
    const response = await get(url, { range: 'bytes=1000-1999' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1999/${full.length}`);
    expect(response.bytes.equals(full.subarray(1000, 2000))).toBe(true);
    const suffix = await get(url, { range: 'bytes=-500' });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get('content-range')).toBe(`bytes ${full.length - 500}-${full.length - 1}/${full.length}`);
    expect(suffix.bytes.equals(full.subarray(full.length - 500))).toBe(true);
  });

  it('answers 416 for a range past the end, and sends the whole part for a stale If-Range', async () => {
    const response = await get(url, { range: 'bytes=99999999-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${full.length}`);
    const stale = await get(url, { range: 'bytes=0-9', 'if-range': '"another"' });
    expect(stale.status).toBe(200);
    expect(stale.bytes.length).toBe(full.length);
  });

  it('pulls about the range, not the part, from IMAP (Dovecot out= bytes of a fresh session)', async () => {
    const fresh = new AppClient();
    expect((await fresh.signIn(owner.user, owner.password)).status).toBe(200);
    const before = dovecotLines(owner.user).length;
    expect((await get(url, { range: 'bytes=1000-1999' }, fresh)).status).toBe(206);
    await fresh.request('DELETE', '/api/session');
    const out = await bytesSentSince(before);
    console.info(`IMAP bytes for a 1,000-byte range of the 5 MiB part: ${out}`);
    expect(out).toBeGreaterThan(1000);
    expect(out).toBeLessThan(50_000);
  });

  it('gives the connection back, still usable, when the client aborts mid-download', async () => {
    // Larger than loopback's socket buffers (several MiB each way): with the 5 MiB part, the
    // server could hand all of it to the kernel before the abort lands, and this test raced.
    const bigUrl = await appendBigAttachment(BIG_ATTACHMENT_BYTES);
    const fresh = new AppClient();
    expect((await fresh.signIn(owner.user, owner.password)).status).toBe(200);
    const logins = loginCount(owner.user);
    const before = dovecotLines(owner.user).length;
    const abort = new AbortController();
    const response = await fetch(`${APP_URL}${bigUrl}`, { headers: { cookie: fresh.cookie }, signal: abort.signal });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.value?.length).toBeGreaterThan(0);
    abort.abort();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await get(url, { range: 'bytes=1000-1999' }, fresh);
    expect(after.bytes.equals(full.subarray(1000, 2000))).toBe(true);
    // The aborted download's connection served the next request: no new LOGIN.
    expect(loginCount(owner.user)).toBe(logins);
    await fresh.request('DELETE', '/api/session');
    // Stopped part-way: Dovecot sent that connection well under the part.
    expect(await bytesSentSince(before)).toBeLessThan(BIG_ATTACHMENT_BYTES / 2);
  });

  it('gives the connection back when the client leaves before reading any of the body', async () => {
    const fresh = new AppClient();
    expect((await fresh.signIn(owner.user, owner.password)).status).toBe(200);
    await get('/api/mailboxes', {}, fresh);
    const logins = loginCount(owner.user);
    for (const delay of [1, 5, 20]) {
      // Gone while the handler still talks to IMAP: the response never reaches anyone.
      const abort = new AbortController();
      setTimeout(() => abort.abort(), delay);
      await fetch(`${APP_URL}${url}`, { headers: { cookie: fresh.cookie }, signal: abort.signal }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // Each abandoned download's connection is back in the pool: the next request needs no LOGIN.
    expect((await get(url, { range: 'bytes=0-99' }, fresh)).bytes.equals(full.subarray(0, 100))).toBe(true);
    expect(loginCount(owner.user)).toBe(logins);
    await fresh.request('DELETE', '/api/session');
  });

  it('answers HEAD with the headers only, and gives the connection back at once', async () => {
    const fresh = new AppClient();
    expect((await fresh.signIn(owner.user, owner.password)).status).toBe(200);
    const logins = loginCount(owner.user);
    for (let i = 0; i < 4; i++) {
      const head = await fetch(`${APP_URL}${url}`, { method: 'HEAD', headers: { cookie: fresh.cookie } });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe('image/png');
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    }
    // A HEAD whose body nobody cancelled would keep its lease: each next one would log in anew.
    expect(loginCount(owner.user)).toBe(logins);
    await fresh.request('DELETE', '/api/session');
  });

  it('decodes on our side without BINARY (minimal server), sending the whole part for a Range', async () => {
    const { summary } = inboxMessage((m) => m.index === 30);
    const ref = messageRefFromId(summary.id);
    if (!ref) throw new Error('the message has no valid id');
    const download = await downloadPart(minimal(), ref, url.split('/').at(-1) ?? '', { start: 1000, end: 1999 });
    if (download.kind !== 'body' || !download.body) throw new Error('no body');
    expect(download).toMatchObject({ size: null, range: null, contentType: 'image/png' });
    const bytes = Buffer.from(await new Response(download.body).arrayBuffer());
    expect(sha256(bytes)).toBe(sha256(full));
    await closeSession(minimal());
    expect(sentCommands(owner.user, 'minimal').filter((command) => /BINARY/i.test(command.line))).toEqual([]);
  });

  it('answers If-None-Match with 304 and sends the safety and caching headers', async () => {
    const first = await get(url, { range: 'bytes=0-0' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('content-security-policy')).toBe('sandbox');
    expect(first.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const again = await get(url, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('sends a PDF as an attachment with its Unicode name, and a cid: picture inline', async () => {
    const pdf = inboxMessage((m) => m.attachments?.some((a) => a.contentType === 'application/pdf') ?? false);
    const name = pdf.entry.attachments?.find((a) => a.contentType === 'application/pdf')?.filename ?? '';
    const response = await get(`/api/messages/${pdf.summary.id}/parts/${await partOf(pdf.summary, name)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toBe(name);
    expect(response.headers.get('content-security-policy')).toBe('sandbox');

    const cid = inboxMessage((m) => m.attachments?.some((a) => a.contentId && a.contentType === 'image/png') ?? false);
    const picture = cid.entry.attachments?.find((a) => a.contentId) ?? { filename: '', sha256: '' };
    const image = await get(`/api/messages/${cid.summary.id}/parts/${await partOf(cid.summary, picture.filename)}`);
    expect(image.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(sha256(image.bytes)).toBe(picture.sha256);
  });

  it('answers 404 for an unknown part, a malformed id and a stale UIDVALIDITY', async () => {
    const { summary } = inboxMessage((m) => m.index === 30);
    for (const path of [
      `/api/messages/${summary.id}/parts/9`,
      `/api/messages/${summary.id}/parts/TEXT`,
      '/api/messages/not-an-id/parts/2',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.bytes.toString()).error.code).toBe('NOT_FOUND');
    }
    const ref = messageRefFromId(summary.id);
    if (!ref) throw new Error('bad id');
    const stale = messageId({ ...ref, uidValidity: ref.uidValidity + 1 });
    expect((await get(`/api/messages/${stale}/parts/2`)).status).toBe(404);
    expect((await get(`/api/messages/${stale}/raw`)).status).toBe(404);
  });

  it('answers 404 once another client expunged the message, also on a connection that had it selected', async () => {
    const { summary } = inboxMessage((m) => m.index === 3);
    expect((await get(`/api/messages/${summary.id}/parts/1`)).status).toBe(200);
    const lock = await imap.getMailboxLock('INBOX');
    try {
      await imap.messageDelete(String(summary.uid), { uid: true });
    } finally {
      lock.release();
    }
    expect((await get(`/api/messages/${summary.id}/parts/1`)).status).toBe(404);
    expect((await get(`/api/messages/${summary.id}/raw`)).status).toBe(404);
  });
});

describe('GET /api/messages/:id/raw', () => {
  it('downloads the message as stored: headers first, exactly RFC822.SIZE bytes', async () => {
    const { summary } = inboxMessage((m) => m.index === 30);
    const response = await get(`/api/messages/${summary.id}/raw`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="message\.eml"/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.bytes.length).toBe(summary.size);
    expect(response.bytes.subarray(0, 2000).toString('latin1')).toMatch(/^[\w-]+: /);
    expect(response.bytes.toString('latin1')).toMatch(/\r\nSubject: Full-resolution scan/);
  });
});
