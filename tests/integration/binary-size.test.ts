import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messageId } from '@/lib/ids';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { AppClient } from './support/http-client';
import { pdfAndNote } from './support/pdf-and-note';
import { freshUser } from './support/users';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Dovecot 2.3 answers BINARY.SIZE 26 bytes short for a 3 MiB base64 part followed by a
 * quoted-printable one, a figure within any plausible range of the encoded size. A download
 * that trusted it sent a file cut 26 bytes short (and so did a forward carrying it).
 */
describe('a part whose BINARY.SIZE the server misreports', () => {
  it('downloads whole, streamed without a length, when the part does not end where the size says', async () => {
    const user = freshUser('binsize');
    const pdf = randomBytes(3 * 1024 * 1024);
    const raw = pdfAndNote(pdf);
    const appended = await withDirectImap(user, (imap) => imap.append('INBOX', raw));
    const id = messageId({
      path: 'INBOX',
      uidValidity: Number(appended ? appended.uidValidity : 0),
      uid: Number(appended ? appended.uid : 0),
    });
    const client = new AppClient();
    expect((await client.signIn(user.user, user.password)).status).toBe(200);
    const response = await client.open(`/api/messages/${id}/parts/2`);
    expect(response.status).toBe(200);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.length).toBe(pdf.length);
    expect(sha256(body)).toBe(sha256(pdf));
    expect(response.headers.get('content-length')).toBeNull();
  });
});
