import { describe, expect, it } from 'vitest';
import { fieldsFromEnvelope, fieldsFromHeaderBlock, MAX_ADDRESSES } from '@/lib/mime/header-fields';
import { headerLine } from '@/lib/mime/header-line';

const block = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('fieldsFromHeaderBlock', () => {
  it('decodes encoded words and flattens address groups, as ENVELOPE would', async () => {
    const fields = await fieldsFromHeaderBlock(
      block(
        'From: =?ISO-8859-1?Q?Andr=E9_Pirard?= <pirard@example.be>',
        'To: Team: ann@example.org, Bob <bob@example.org>;, carol@example.org',
        'Subject: =?UTF-8?B?5pel5pys6Kqe?= news',
        'Date: Tue, 07 Jan 2025 09:00:00 +0100',
        'Message-ID: <abc@example.org>',
      ),
      undefined,
    );
    expect(fields.subject).toBe('日本語 news');
    expect(fields.from).toEqual([{ name: 'André Pirard', address: 'pirard@example.be' }]);
    expect(fields.to.map((a) => a.address)).toEqual(['ann@example.org', 'bob@example.org', 'carol@example.org']);
    expect(fields.date).toBe('2025-01-07T08:00:00.000Z');
    expect(fields.messageId).toBe('<abc@example.org>');
    expect(fields.recipientsOmitted).toBe(0);
  });

  it('reads a header cut in the middle of a line, and clips the cut field', async () => {
    const cut = block('From: a@example.org', 'Date: Tue, 07 Jan 2025 09:00:00 +0000', `Subject: ${'x'.repeat(70_000)}`).subarray(
      0,
      65_536,
    );
    const fields = await fieldsFromHeaderBlock(cut, undefined);
    expect(fields.from[0]?.address).toBe('a@example.org');
    expect(fields.subject.length).toBeLessThanOrEqual(1_001);
    expect(fields.subject.endsWith('…')).toBe(true);
  });

  it('falls back to the arrival time for a missing or broken Date', async () => {
    const arrival = new Date('2025-02-03T04:05:06Z');
    expect((await fieldsFromHeaderBlock(block('Date: not a date'), arrival)).date).toBe(arrival.toISOString());
    expect((await fieldsFromHeaderBlock(block('Subject: no date'), undefined)).date).toBe(new Date(0).toISOString());
  });

  it(`keeps ${MAX_ADDRESSES} addresses of each list and counts the rest`, async () => {
    const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.org`).join(', ');
    const fields = await fieldsFromHeaderBlock(block(`To: ${many(150, 't')}`, `Cc: ${many(130, 'c')}`), undefined);
    expect(fields.to).toHaveLength(MAX_ADDRESSES);
    expect(fields.cc).toHaveLength(MAX_ADDRESSES);
    expect(fields.cc.at(-1)?.address).toBe('c99@example.org');
    expect(fields.recipientsOmitted).toBe(50 + 30);
  });
});

describe('fieldsFromEnvelope', () => {
  it('maps imapflow envelope addresses and prefers its date over the arrival time', () => {
    const fields = fieldsFromEnvelope(
      {
        subject: 'Hello',
        from: [{ name: 'Ann', address: 'ann@example.org' }],
        to: [{ address: 'bob@example.org' }],
        date: new Date('2025-01-01T00:00:00Z'),
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(fields).toMatchObject({ subject: 'Hello', date: '2025-01-01T00:00:00.000Z', cc: [], recipientsOmitted: 0 });
    expect(fields.to).toEqual([{ name: '', address: 'bob@example.org' }]);
  });

  it('uses the arrival time when the envelope date is invalid, and the epoch without either', () => {
    expect(fieldsFromEnvelope({ date: new Date('nonsense') }, '2026-01-01T00:00:00Z').date).toBe('2026-01-01T00:00:00.000Z');
    expect(fieldsFromEnvelope(undefined, undefined).date).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('headerLine', () => {
  it('finds a header by name, any case, unfolded', () => {
    const raw = block('Subject: hi', 'List-Unsubscribe: <mailto:u@example.org>,', '\t<https://example.org/u>', '');
    expect(headerLine(raw, 'list-unsubscribe')).toBe('<mailto:u@example.org>, <https://example.org/u>');
    expect(headerLine(raw, 'X-Missing')).toBeNull();
    expect(headerLine(undefined, 'subject')).toBeNull();
  });
});
