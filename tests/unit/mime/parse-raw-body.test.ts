import { describe, expect, it } from 'vitest';
import { parseRawBody, RAW_MAX_DEPTH } from '@/lib/mime/parse-raw-body';

/** A multipart nested `depth` levels deep with one text part at the bottom. */
function nested(depth: number, leaf = 'Content-Type: text/plain; charset=utf-8\r\n\r\nDeep text at the bottom.') {
  let text = 'From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="d0"\r\n\r\n';
  for (let i = 0; i < depth; i++) text += `--d${i}\r\nContent-Type: multipart/mixed; boundary="d${i + 1}"\r\n\r\n`;
  text += `--d${depth}\r\n${leaf}\r\n--d${depth}--\r\n`;
  for (let i = depth - 1; i >= 0; i--) text += `--d${i}--\r\n`;
  return Buffer.from(text);
}

describe('parseRawBody', () => {
  it.each([10, 100, 300])('finds the text at the bottom of %i levels of nesting', async (depth) => {
    expect(await parseRawBody(nested(depth))).toEqual({ ok: true, kind: 'text', content: 'Deep text at the bottom.\n' });
  });

  it('prefers the HTML, as the reading pane does', async () => {
    const parsed = await parseRawBody(nested(150, 'Content-Type: text/html; charset=utf-8\r\n\r\n<p>Deep <b>HTML</b></p>'));
    expect(parsed).toMatchObject({ ok: true, kind: 'html' });
    expect(parsed.ok && parsed.content).toContain('<b>HTML</b>');
  });

  it('says the nesting is too deep past its limit, quickly', async () => {
    const started = performance.now();
    expect(await parseRawBody(nested(RAW_MAX_DEPTH + 50))).toEqual({ ok: false, reason: 'too-deep' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('answers "none" for a message without text', async () => {
    expect(await parseRawBody(nested(5, 'Content-Type: image/png\r\n\r\nAAAA'))).toEqual({ ok: true, kind: 'none', content: '' });
  });
});
