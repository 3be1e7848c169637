import { Readable } from 'node:stream';
import type { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { DISPLAY_LIMIT, readTextPart } from '@/lib/imap/read-text-part';

/** A connection whose download() hands out `bytes` as imapflow does after decoding, with `charset` as its meta. */
const serving = (bytes: Buffer, charset?: string) =>
  ({ download: async () => ({ meta: { charset }, content: Readable.from([bytes]) }) }) as unknown as ImapFlow;

describe('readTextPart', () => {
  it('reads UTF-8 as is', async () => {
    const part = await readTextPart(serving(Buffer.from('Grüße, 日本語'), 'utf-8'), 1, '1');
    expect(part).toEqual({ text: 'Grüße, 日本語', truncated: false, unknownCharset: null, invalidBytes: false });
  });

  it('flags bytes that are not what their label says, keeping the ASCII readable', async () => {
    const part = await readTextPart(serving(Buffer.from('Delta: Caf\xe9 cr\xe8me', 'latin1'), 'utf-8'), 1, '1');
    expect(part.text).toBe('Delta: Caf\uFFFD cr\uFFFDme');
    expect(part.invalidBytes).toBe(true);
    expect(part.unknownCharset).toBeNull();
  });

  it('names a charset imapflow could not convert', async () => {
    const part = await readTextPart(serving(Buffer.from('Alpha \xe9', 'latin1'), 'x-unknown-42'), 1, '1');
    expect(part).toMatchObject({ text: 'Alpha \uFFFD', unknownCharset: 'x-unknown-42', invalidBytes: true });
  });

  it('does not call a character cut by the display limit invalid', async () => {
    const bytes = Buffer.concat([Buffer.alloc(DISPLAY_LIMIT - 1, 0x61), Buffer.from([0xc3])]);
    const part = await readTextPart(serving(bytes, 'utf-8'), 1, '1');
    expect(part).toMatchObject({ truncated: true, invalidBytes: false });
  });
});
