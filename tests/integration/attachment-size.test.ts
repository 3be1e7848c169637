import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '@/lib/api-paths';
import { messageId } from '@/lib/ids';
import type { MimePart } from '@/lib/schemas/message-view';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { sentCommands } from './support/rawlog';
import { APP_URL, IMAP_MINIMAL } from './support/servers';
import { freshUser, type TestUser } from './support/users';

// 684 bytes: 936 in base64 with its line breaks, the case a chip once showed as "702 B".
const BYTES = randomBytes(684);
const QP_TEXT = `caf\u00e9 = ${'\u00e9'.repeat(40)}`;

const BASE64_PART = [
  'Content-Type: application/octet-stream; name="data.bin"',
  'Content-Disposition: attachment; filename="data.bin"',
  'Content-Transfer-Encoding: base64',
  '',
  BYTES.toString('base64').replace(/.{76}/g, '$&\r\n'),
];
// RFC 2045 §6.7: bytes outside printable ASCII, and "=", as =XX; lines cut with soft breaks.
const QP_PART = [
  'Content-Type: text/plain; charset=utf-8; name="notes.txt"',
  'Content-Disposition: attachment; filename="notes.txt"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  [...Buffer.from(QP_TEXT)]
    .map((byte) =>
      byte >= 0x20 && byte < 0x7f && byte !== 0x3d
        ? String.fromCharCode(byte)
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
    .replace(/(.{60}[^=]{0,2})(?=.)/g, '$1=\r\n'),
];

/** Text, then the two attachments in `order`. */
function message(order: 'qp-first' | 'base64-first'): Buffer {
  const [first, second] = order === 'qp-first' ? [QP_PART, BASE64_PART] : [BASE64_PART, QP_PART];
  return Buffer.from(
    [
      'From: sizes@example.org',
      'Subject: Attachment sizes',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="sizes"',
      '',
      '--sizes',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Two attachments.',
      '--sizes',
      ...first,
      '--sizes',
      ...second,
      '--sizes--',
      '',
    ].join('\r\n'),
  );
}

let owner: TestUser;
let id: string;
let misreported: string;

beforeAll(async () => {
  owner = freshUser('sizes');
  [id, misreported] = await withDirectImap(owner, async (imap) => {
    const ids: string[] = [];
    for (const order of ['qp-first', 'base64-first'] as const) {
      const appended = (await imap.append('INBOX', message(order))) || null;
      if (!appended?.uid || appended.uidValidity === undefined) throw new Error('APPEND gave no APPENDUID');
      ids.push(messageId({ path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid }));
    }
    return ids as [string, string];
  });
});

const clients: AppClient[] = [];
afterAll(async () => {
  for (const client of clients) await client.request('DELETE', '/api/session');
});

async function attachmentsOn(port?: number, message = id): Promise<{ client: AppClient; attachments: MimePart[] }> {
  const client = new AppClient();
  clients.push(client);
  expect((await client.signIn(owner.user, owner.password, port ? { port } : {})).status).toBe(200);
  const view = await client.request('GET', apiPaths.message(message));
  expect(view.status).toBe(200);
  return { client, attachments: view.json?.attachments as MimePart[] };
}

describe('attachment sizes', () => {
  it('gives the exact decoded size from BINARY.SIZE: what the download delivers, not the encoded size', async () => {
    const { client, attachments } = await attachmentsOn();
    const data = attachments.find((part) => part.filename === 'data.bin');
    const notes = attachments.find((part) => part.filename === 'notes.txt');
    expect(data).toMatchObject({ encoding: 'base64', size: 936, decodedSize: 684 });
    expect(notes?.decodedSize).toBe(Buffer.byteLength(QP_TEXT));
    for (const part of [data, notes]) {
      const download = await fetch(`${APP_URL}${apiPaths.part(id, part?.part ?? '')}`, { headers: { cookie: client.cookie } });
      expect((await download.arrayBuffer()).byteLength).toBe(part?.decodedSize);
    }
    expect(sentCommands(owner.user, 'full').some((command) => /BINARY\.SIZE\[/i.test(command.line))).toBe(true);
  });

  it('does not pass on a BINARY.SIZE that cannot fit the encoded size (Dovecot 2.3 answers 508 here)', async () => {
    const { client, attachments } = await attachmentsOn(undefined, misreported);
    const data = attachments.find((part) => part.filename === 'data.bin');
    // Exact only when right: a server that gets it right may be believed, a wrong figure never is.
    expect([null, BYTES.length]).toContain(data?.decodedSize);
    // The download itself loses nothing, whatever the view's figure.
    const download = await fetch(`${APP_URL}${apiPaths.part(misreported, data?.part ?? '')}`, {
      headers: { cookie: client.cookie },
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it('leaves the size unknown (an estimate for the reader) on a server without BINARY, and never asks it', async () => {
    const { attachments } = await attachmentsOn(IMAP_MINIMAL.port);
    expect(attachments.find((part) => part.filename === 'data.bin')).toMatchObject({ size: 936, decodedSize: null });
    expect(sentCommands(owner.user, 'minimal').filter((command) => /BINARY/i.test(command.line))).toEqual([]);
  });
});
