import { createHash } from 'node:crypto';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import libmime from 'libmime';
import { describe, expect, it } from 'vitest';
import { CHARSET_SAMPLES } from '../../../scripts/seed/charsets';
import { FOLDERS } from '../../../scripts/seed/folders';
import { generateMessage } from '../../../scripts/seed/generate-message';
import { decodeBody, header, leaves, type MimeNode, parseMime, parseParams } from './support/mime-check';

const ctx = { seed: 1, user: 'alice' };
const inbox = Array.from({ length: 100 }, (_, i) => i)
  .filter((i) => i !== 30)
  .map((i) => generateMessage(ctx, 'INBOX', i));
const others = FOLDERS.filter((f) => f.count).flatMap((f) =>
  Array.from({ length: f.count as number }, (_, i) => generateMessage(ctx, f.path, i)),
);
const all = [...inbox, ...others];

function parse(raw: Buffer): MimeNode {
  const problems: string[] = [];
  const root = parseMime(raw, problems);
  expect(problems).toEqual([]);
  return root;
}

/** The reader's side: bytes in a labelled charset → Unicode, with the library a mail client would use. */
function decodeText(bytes: Buffer, charset: string): string {
  if (/^iso-2022-jp$/i.test(charset)) return Encoding.codeToString(Encoding.convert(bytes, { to: 'UNICODE', from: 'JIS' }));
  return iconv.decode(bytes, charset);
}

describe('legacy charset bodies', () => {
  const charsetMessages = all.filter((m) => m.entry.kind === 'charset');

  it('covers every sample, with quoted-printable, base64, 7bit and 8bit transfer encodings', () => {
    const seen = new Set(
      inbox.filter((m) => m.entry.kind === 'charset').map((m) => `${m.entry.charset}/${m.entry.transferEncoding}`),
    );
    expect(seen).toEqual(new Set(CHARSET_SAMPLES.map((s) => `${s.charset}/${s.encoding}`)));
    expect(new Set(CHARSET_SAMPLES.map((s) => s.charset))).toEqual(
      new Set(['ISO-8859-1', 'windows-1251', 'ISO-2022-JP', 'Shift_JIS']),
    );
    expect(new Set(CHARSET_SAMPLES.map((s) => s.encoding))).toEqual(new Set(['quoted-printable', 'base64', '7bit', '8bit']));
  });

  it.each(
    charsetMessages.map((m) => [`${m.entry.folder}#${m.entry.index} ${m.entry.charset}/${m.entry.transferEncoding}`, m] as const),
  )('%s decodes to expectedText', (_, m) => {
    const part = leaves(parse(m.raw))[0] as MimeNode;
    expect(part.type).toBe('text/plain');
    // The label on the wire, not the manifest, decides how a reader decodes.
    const label = part.params.charset as string;
    expect(label.toLowerCase()).toBe(m.entry.charset?.toLowerCase());
    expect(part.encoding).toBe(m.entry.transferEncoding);
    const bytes = decodeBody(part);
    expect(decodeText(bytes, label)).toBe(m.entry.expectedText);
    // Really legacy-encoded: the same text as UTF-8 would be different bytes.
    expect(bytes.equals(Buffer.from(m.entry.expectedText as string, 'utf8'))).toBe(false);
  });

  it('detects a mislabelled body (the check can fail)', () => {
    const m = charsetMessages.find((x) => x.entry.charset === 'windows-1251');
    if (!m) throw new Error('no windows-1251 sample');
    const part = leaves(parse(m.raw))[0] as MimeNode;
    expect(decodeText(decodeBody(part), 'ISO-8859-1')).not.toBe(m.entry.expectedText);
  });
});

describe('RFC 2047 encoded words', () => {
  it('decode to the manifest subject and sender name, for every message', () => {
    for (const m of all) {
      const root = parse(m.raw);
      expect(libmime.decodeWords(header(root, 'Subject') as string), `${m.entry.folder}#${m.entry.index}`).toBe(m.entry.subject);
      const from = libmime.decodeWords(header(root, 'From') as string);
      expect(from).toContain(`<${m.entry.fromAddress}>`);
      if (m.entry.from !== m.entry.fromAddress)
        expect(from.replace(/^"|" <.*$| <.*$/g, '').replace(/\\(.)/g, '$1')).toBe(m.entry.from);
    }
  });

  it('use both B and Q, UTF-8 and legacy charsets, and carry CJK and emoji', () => {
    const words = all.flatMap(
      (m) =>
        parse(m.raw)
          .headerLines.join('\n')
          .match(/=\?[^?]+\?[BQ]\?[^?]*\?=/g) ?? [],
    );
    const kinds = new Set(words.map((w) => w.replace(/^=\?([^?]+)\?([BQ])\?.*$/, '$1/$2').toUpperCase()));
    for (const k of ['UTF-8/B', 'UTF-8/Q', 'ISO-2022-JP/B', 'SHIFT_JIS/B', 'WINDOWS-1251/Q', 'WINDOWS-1251/B', 'ISO-8859-1/Q'])
      expect(kinds).toContain(k);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75); // RFC 2047 §2
    const subjects = all.map((m) => m.entry.subject).join(' ');
    expect(subjects).toMatch(/[\u4e00-\u9fff]/);
    expect(subjects).toMatch(/\p{Extended_Pictographic}/u);
  });

  it('never put an encoded word inside a quoted string (RFC 2047 §5)', () => {
    for (const m of all) for (const line of parse(m.raw).headerLines) expect(line).not.toMatch(/"[^"]*=\?[^"]*\?="/);
  });
});

describe('attachments', () => {
  const withFiles = [...all, generateMessage(ctx, 'INBOX', 30)].filter((m) => m.entry.attachments?.length);

  it.each(withFiles.map((m) => [`${m.entry.folder}#${m.entry.index}`, m] as const))(
    '%s: filenames, sizes and hashes match',
    (_, m) => {
      const files = leaves(parse(m.raw)).filter((l) => l.headers.has('content-disposition'));
      expect(files.length).toBe(m.entry.attachments?.length);
      files.forEach((part, i) => {
        const want = m.entry.attachments?.[i];
        // libmime joins RFC 2231 continuations and decodes the charset, as a mail client does.
        const disposition = libmime.parseHeaderValue(header(part, 'Content-Disposition') as string);
        expect(disposition.value).toBe(want?.disposition);
        expect(disposition.params.filename).toBe(want?.filename);
        expect(libmime.parseHeaderValue(header(part, 'Content-Type') as string).params.name).toBe(want?.filename);
        expect(part.type).toBe(want?.contentType);
        const data = decodeBody(part);
        expect(data.length).toBe(want?.size);
        expect(createHash('sha256').update(data).digest('hex')).toBe(want?.sha256);
      });
    },
  );

  it('include an RFC 2231 single-value and a continued filename', () => {
    const m = inbox[14] as (typeof inbox)[number];
    const text = m.raw.toString('latin1');
    expect(text).toMatch(/filename\*=UTF-8''R%C3%A9sum%C3%A9/);
    expect(text).toMatch(/filename\*0\*=UTF-8''2026/);
    expect(text).toMatch(/filename\*1\*=/);
    expect(m.entry.attachments?.map((a) => a.filename)).toEqual([
      'Résumé – José Álvarez.pdf',
      '2026年度 第3四半期 売上報告書（最終版・社外秘）.txt',
      'Отчёт за сентябрь 📊.csv',
    ]);
  });

  it('include a cid: inline image referenced from the HTML', () => {
    const m = inbox.find((x) => x.entry.kind === 'inline-image');
    if (!m) throw new Error('no inline-image message');
    const root = parse(m.raw);
    const related = root.children.find((c) => c.type === 'multipart/related') as MimeNode;
    expect(parseParams(header(related, 'Content-Type') as string).params.type).toBe('text/html');
    const [html, image] = related.children as [MimeNode, MimeNode];
    const cid = (header(image, 'Content-ID') as string).replace(/^<|>$/g, '');
    expect(cid).toBe(m.entry.attachments?.[0]?.contentId);
    expect(decodeBody(html).toString('utf8')).toContain(`src="cid:${cid}"`);
    expect(decodeBody(image).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('has the exactly-5-MiB PNG at INBOX index 30', () => {
    const five = generateMessage(ctx, 'INBOX', 30).entry.attachments?.[0];
    expect(five).toMatchObject({ size: 5 * 1024 * 1024, contentType: 'image/png' });
  });
});
