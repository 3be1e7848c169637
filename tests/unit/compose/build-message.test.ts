import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildMessage, type OutgoingMessage } from '@/lib/compose/build-message';
import { withoutBcc } from '@/lib/compose/without-bcc';

const sha256 = (bytes: Uint8Array | ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');
const headerBlock = (raw: Buffer) => raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('latin1');

const PDF = Buffer.from(Array.from({ length: 3000 }, (_, index) => (index * 37) % 256));

function message(fields: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: { name: 'Ann Example', address: 'ann@example.com' },
    to: [{ name: '山田 太郎', address: 'taro@example.jp' }],
    cc: [{ address: 'cat@example.com' }],
    bcc: [{ name: 'Hidden', address: 'hidden@example.net' }],
    subject: 'Привет, мир: отчёт за квартал',
    html: '<p>Hello <b>world</b> — ünïcödé</p>',
    text: 'Hello world — ünïcödé\nsecond line',
    attachments: [{ filename: 'Übersicht 2026 – résumé.pdf', contentType: 'application/pdf', content: PDF }],
    messageId: '<abc123@example.com>',
    date: new Date('2026-03-04T05:06:07Z'),
    ...fields,
  };
}

describe('buildMessage', () => {
  it('writes a message that parses back to what was given', async () => {
    const built = await buildMessage(message());
    const parsed = await PostalMime.parse(built.raw);
    expect(parsed.subject).toBe('Привет, мир: отчёт за квартал');
    expect(parsed.from).toEqual({ name: 'Ann Example', address: 'ann@example.com' });
    expect(parsed.to).toEqual([{ name: '山田 太郎', address: 'taro@example.jp' }]);
    expect(parsed.cc).toEqual([{ name: '', address: 'cat@example.com' }]);
    expect(parsed.messageId).toBe('<abc123@example.com>');
    expect(new Date(parsed.date ?? '').toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(parsed.html?.trim()).toBe('<p>Hello <b>world</b> — ünïcödé</p>');
    expect(parsed.text?.replace(/\r\n/g, '\n').trim()).toBe('Hello world — ünïcödé\nsecond line');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]?.filename).toBe('Übersicht 2026 – résumé.pdf');
    expect(parsed.attachments[0]?.mimeType).toBe('application/pdf');
    expect(sha256(parsed.attachments[0]?.content as ArrayBuffer)).toBe(sha256(PDF));
  });

  it('encodes non-ASCII headers (RFC 2047) and filenames (RFC 2231), ending every line in CRLF', async () => {
    const { raw } = await buildMessage(message());
    const text = raw.toString('latin1');
    expect(raw.every((byte) => byte < 0x80)).toBe(true);
    expect(headerBlock(raw)).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(headerBlock(raw)).toMatch(/^To: =\?UTF-8\?[BQ]\?/m);
    expect(text).toMatch(/filename\*(0\*)?=utf-8''/i);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps Bcc in the Sent copy and puts every recipient in the envelope', async () => {
    const built = await buildMessage(message());
    expect(headerBlock(built.raw)).toMatch(/^Bcc: Hidden <hidden@example\.net>$/m);
    expect(built.envelope).toEqual({
      from: 'ann@example.com',
      to: ['taro@example.jp', 'cat@example.com', 'hidden@example.net'],
    });
    expect(built.messageId).toBe('<abc123@example.com>');
  });

  it('submits the same message without its Bcc field', async () => {
    const built = await buildMessage(message());
    const submitted = await PostalMime.parse(withoutBcc(built.raw));
    expect(submitted.bcc).toBeUndefined();
    expect(withoutBcc(built.raw).toString('latin1')).not.toMatch(/hidden@example\.net/);
    expect(submitted.subject).toBe('Привет, мир: отчёт за квартал');
  });

  it('writes In-Reply-To and References for a reply', async () => {
    const { raw } = await buildMessage(message({ inReplyTo: '<p@x>', references: ['<a@x>', '<p@x>'] }));
    const parsed = await PostalMime.parse(raw);
    expect(parsed.inReplyTo).toBe('<p@x>');
    expect(parsed.references).toBe('<a@x> <p@x>');
  });

  it('writes a text-only message as text/plain alone', async () => {
    const { raw } = await buildMessage(message({ html: undefined, attachments: [] }));
    expect(headerBlock(raw)).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
  });

  it('reads attachment content from a stream and places an inline image with its cid', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const { raw } = await buildMessage(
      message({
        html: '<p><img src="cid:logo@letterbox"></p>',
        attachments: [
          {
            filename: 'logo.png',
            contentType: 'image/png',
            content: Readable.from([png]),
            contentDisposition: 'inline',
            cid: 'logo@letterbox',
          },
        ],
      }),
    );
    const parsed = await PostalMime.parse(raw);
    expect(parsed.attachments[0]?.contentId).toBe('<logo@letterbox>');
    expect(parsed.attachments[0]?.disposition).toBe('inline');
    expect(sha256(parsed.attachments[0]?.content as ArrayBuffer)).toBe(sha256(png));
    expect(raw.toString()).toMatch(/^Content-Type: multipart\/related;/m);
  });

  it('writes an IDN domain as punycode in the header and the envelope', async () => {
    const built = await buildMessage(message({ to: [{ address: 'info@bücher.example' }], cc: [], bcc: [] }));
    expect(built.envelope.to).toEqual(['info@xn--bcher-kva.example']);
    expect(headerBlock(built.raw)).toMatch(/^To: info@xn--bcher-kva\.example$/m);
  });

  it('never lets a name or subject open a header field of its own', async () => {
    const { raw } = await buildMessage(message({ subject: 'Hi\r\nBcc: spy@evil.example', bcc: [] }));
    expect(headerBlock(raw)).not.toMatch(/^Bcc:/im);
    await expect(buildMessage(message({ to: [{ name: 'Ann\r\nBcc: spy@evil.example', address: 'a@b' }] }))).rejects.toThrow(
      /line breaks/,
    );
    await expect(buildMessage(message({ to: [{ address: 'a@b\r\nBcc: spy@evil.example' }] }))).rejects.toThrow(/line breaks/);
  });

  it('keeps a name with quotes, commas and brackets one recipient', async () => {
    const { raw } = await buildMessage(
      message({ to: [{ name: 'Evil "x" <spy@evil.example>, other@evil.example', address: 'ann@example.com' }], cc: [], bcc: [] }),
    );
    const parsed = await PostalMime.parse(raw);
    expect(parsed.to).toEqual([{ name: 'Evil "x" <spy@evil.example>, other@evil.example', address: 'ann@example.com' }]);
  });

  it('refuses a message without recipients', async () => {
    await expect(buildMessage(message({ to: [], cc: [], bcc: [] }))).rejects.toThrow(/no recipient/);
  });
});
