import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stripFieldsStream, withoutBccStream } from '@/lib/compose/strip-fields-stream';
import { withoutBcc } from '@/lib/compose/without-bcc';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `raw` cut into pieces of `size` bytes, so the header's end falls across chunks. */
const inPieces = (raw: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(raw.length / size) }, (_, index) => raw.subarray(index * size, (index + 1) * size)),
  );

describe('stripFieldsStream', () => {
  const raw = crlf(['From: a@b', 'Bcc: x@y,', ' z@w', 'To: c@d', 'X-Private: 1', '', 'Bcc: in the body', 'X-Private: body']);

  it('gives what withoutBcc gives, however the message is cut into chunks', async () => {
    for (const size of [1, 2, 3, 7, 16, raw.length]) {
      expect((await collect(withoutBccStream(inPieces(raw, size)))).equals(withoutBcc(raw))).toBe(true);
    }
  });

  it('drops every named field, the body untouched', async () => {
    const out = await collect(inPieces(raw, 5).pipe(stripFieldsStream(['bcc', 'x-private'])));
    expect(out.toString('latin1')).toBe(['From: a@b', 'To: c@d', '', 'Bcc: in the body', 'X-Private: body'].join('\r\n'));
  });

  it('passes a large body through in the chunks it came in, after the header', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const message = Buffer.concat([crlf(['Bcc: x@y', 'To: c@d', '', '']), body]);
    const chunks: Buffer[] = [];
    for await (const chunk of inPieces(message, 64 * 1024).pipe(stripFieldsStream(['bcc']))) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(Buffer.concat([crlf(['To: c@d', '', '']), body]))).toBe(true);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(64 * 1024);
  });

  it('treats a message without an empty line as all header', async () => {
    const headerOnly = crlf(['Bcc: x@y', 'To: c@d']);
    expect((await collect(withoutBccStream(inPieces(headerOnly, 4)))).toString('latin1')).toBe('To: c@d');
  });

  it('fails rather than pass a header block longer than 1 MiB on unread', async () => {
    const endless = Buffer.concat([Buffer.from('Bcc: x@y\r\nX-Long: '), Buffer.alloc(1024 * 1024 + 10, 0x62)]);
    await expect(collect(withoutBccStream(inPieces(endless, 64 * 1024)))).rejects.toThrow(/header block/);
  });
});
