import type { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import type { Features } from '@/lib/imap/connection/capabilities';
import { DISPLAY_LIMIT, readTextPart } from '@/lib/imap/message/read-text-part';
import type { MimePart } from '@/lib/schemas/message-view';

type Call = { range: string; query: { bodyParts?: Array<{ key: string; start: number; maxLength: number }> }; binary: boolean };

/**
 * A connection answering each FETCH of part 1 with `answers` in turn (bytes, or an error to
 * throw), recording what was asked. Recorded answers stand in for Dovecot here; the real
 * server is in tests/integration (message-view, malformed-mail).
 */
function serving(...answers: Array<Buffer | Error>) {
  const calls: Call[] = [];
  const client = {
    fetchOne: async (range: string, query: Call['query'], options: { binary?: boolean }) => {
      calls.push({ range, query, binary: options.binary === true });
      const answer = answers[calls.length - 1];
      if (answer instanceof Error) throw answer;
      return { uid: 7, bodyParts: new Map([['1', answer]]) };
    },
  } as unknown as ImapFlow;
  return { client, calls };
}

const features = (binary: boolean) => ({ binary }) as Features;
const textPart = (fields: Partial<MimePart> = {}): MimePart => ({
  part: '1',
  type: 'text/plain',
  size: 100,
  decodedSize: 100,
  encoding: '7bit',
  charset: 'utf-8',
  format: 'fixed',
  disposition: null,
  filename: null,
  contentId: null,
  ...fields,
});
/** Dovecot's NO [PARSE] to BINARY for a part whose base64 is broken. */
const refused = Object.assign(new Error('Command failed'), { responseStatus: 'NO', serverResponseCode: 'PARSE' });

describe('readTextPart', () => {
  it('asks for the part alone, server-decoded (BINARY) and capped at the display limit: never the header', async () => {
    const { client, calls } = serving(Buffer.from('Grüße, 日本語'));
    const part = await readTextPart(client, features(true), 7, textPart({ encoding: 'base64' }));
    expect(part).toEqual({ text: 'Grüße, 日本語', truncated: false, unknownCharset: null, invalidBytes: false });
    expect(calls).toEqual([
      { range: '7', query: { uid: true, bodyParts: [{ key: '1', start: 0, maxLength: DISPLAY_LIMIT }] }, binary: true },
    ]);
  });

  it('decodes base64 itself when the server refuses BINARY for the part', async () => {
    const { client, calls } = serving(refused, Buffer.from(Buffer.from('Golf hotel india').toString('base64')));
    const part = await readTextPart(client, features(true), 7, textPart({ encoding: 'base64' }));
    expect(part.text).toBe('Golf hotel india');
    expect(calls.map((call) => call.binary)).toEqual([true, false]);
  });

  it('passes other failures on', async () => {
    const dropped = Object.assign(new Error('Connection not available'), { code: 'NoConnection' });
    await expect(readTextPart(serving(dropped).client, features(true), 7, textPart())).rejects.toBe(dropped);
  });

  it('without BINARY, undoes quoted-printable and converts the charset', async () => {
    const { client, calls } = serving(Buffer.from('Caf=E9 cr=E8me =\r\nbr=FBl=E9e'));
    const part = await readTextPart(
      client,
      features(false),
      7,
      textPart({ encoding: 'quoted-printable', charset: 'iso-8859-1' }),
    );
    expect(part.text).toBe('Café crème brûlée');
    expect(calls.map((call) => call.binary)).toEqual([false]);
  });

  it('converts ISO-2022-JP, which iconv-lite lacks', async () => {
    const jis = Buffer.from('1b2442467c4b5c386c1b2842', 'hex');
    expect((await readTextPart(serving(jis).client, features(true), 7, textPart({ charset: 'iso-2022-jp' }))).text).toBe(
      '日本語',
    );
  });

  it('unwraps format=flowed, with and without DelSp (RFC 3676)', async () => {
    const flowed = Buffer.from('Soft \r\nbreak here.\r\n> quoted \r\n> flowed\r\n');
    const plain = await readTextPart(serving(flowed).client, features(true), 7, textPart({ format: 'flowed' }));
    expect(plain.text).toContain('Soft break here.');
    expect(plain.text).toContain('> quoted flowed');
    const delsp = await readTextPart(
      serving(Buffer.from('Zusam \r\nmen\r\n')).client,
      features(true),
      7,
      textPart({ format: 'flowed-delsp' }),
    );
    expect(delsp.text.trim()).toBe('Zusammen');
  });

  it('flags bytes that are not what their label says, keeping the ASCII readable', async () => {
    const part = await readTextPart(
      serving(Buffer.from('Delta: Caf\xe9 cr\xe8me', 'latin1')).client,
      features(true),
      7,
      textPart(),
    );
    expect(part).toMatchObject({ text: 'Delta: Caf\uFFFD cr\uFFFDme', invalidBytes: true, unknownCharset: null });
  });

  it('names a charset it cannot convert', async () => {
    const part = await readTextPart(
      serving(Buffer.from('Alpha \xe9', 'latin1')).client,
      features(true),
      7,
      textPart({ charset: 'x-unknown-42' }),
    );
    expect(part).toMatchObject({ text: 'Alpha \uFFFD', unknownCharset: 'x-unknown-42', invalidBytes: true });
  });

  it('does not call a character cut by the display limit invalid', async () => {
    const bytes = Buffer.concat([Buffer.alloc(DISPLAY_LIMIT - 1, 0x61), Buffer.from([0xc3])]);
    const part = await readTextPart(serving(bytes).client, features(true), 7, textPart());
    expect(part).toMatchObject({ truncated: true, invalidBytes: false });
  });
});
