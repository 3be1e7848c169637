import fc from 'fast-check';
import addressparser from 'nodemailer/lib/addressparser';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '@/lib/http/error-response';
import { DraftRequest, Recipient, SendRequest } from '@/lib/schemas/compose';

const send = (body: object) => SendRequest.safeParse({ to: [{ address: 'ann@example.com' }], subject: 'Hi', ...body });
const firstIssue = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues[0];
const BREAKS = 'line breaks are not allowed in a header field';

describe('Recipient addresses', () => {
  it.each(['a@b', 'ann@example.com', 'first.last+tag@sub.example.co.uk', "o'brien@example.ie", 'x_y-z@ex-ample.com'])(
    'takes %s',
    (address) => {
      expect(Recipient.safeParse({ address }).success).toBe(true);
    },
  );

  it.each([
    ['a display name inside the address', '"Ann" <a@b>'],
    ['angle brackets', '<a@b>'],
    ['two addresses with a comma', 'a@b, c@d'],
    ['two addresses with a semicolon', 'a@b;c@d'],
    ['a group', 'friends: a@b;'],
    ['a comment', 'a@b (Ann)'],
    ['a space', 'ann smith@example.com'],
    ['no @', 'ann'],
    ['nothing before @', '@b'],
    ['nothing after @', 'a@'],
    ['two @', 'a@b@c'],
    ['a quoted local part', '"a b"@c'],
    ['a domain literal', 'a@[127.0.0.1]'],
    ['a dot at the end of the local part', 'a.@b'],
    ['two dots in a row', 'a..b@c'],
    ['an empty domain label', 'a@b..c'],
    ['a trailing dot', 'a@b.'],
    ['a hyphen starting a label', 'a@-b.c'],
    ['a local part of 65 characters', `${'a'.repeat(65)}@b`],
    ['an empty string', ''],
  ])('refuses %s', (_what, address) => {
    expect(Recipient.safeParse({ address }).success).toBe(false);
  });

  it('takes an IDN domain but refuses a non-ASCII local part (it would need SMTPUTF8)', () => {
    expect(Recipient.safeParse({ address: 'info@bücher.example' }).success).toBe(true);
    expect(Recipient.safeParse({ address: 'info@例え.テスト' }).success).toBe(true);
    const local = Recipient.safeParse({ address: 'jörg@example.com' });
    expect(firstIssue(local)?.message).toMatch(/SMTPUTF8/);
  });

  it('accepts only what addressparser reads back as exactly that one mailbox', () => {
    const chars = (text: string) => fc.constantFrom(...text.split(''));
    const unit = fc.oneof(
      { weight: 12, arbitrary: chars('abcXYZ019.-') },
      { weight: 3, arbitrary: chars("!#$%&'*+/=?^_`{|}~") },
      { weight: 1, arbitrary: chars('@<>",;: ()[]\\é\t') },
    );
    const part = fc.string({ unit, minLength: 1, maxLength: 12 });
    let accepted = 0;
    fc.assert(
      fc.property(part, part, (local, domain) => {
        const address = `${local}@${domain}`;
        if (!Recipient.safeParse({ address }).success) return;
        accepted += 1;
        expect(addressparser(address)).toEqual([{ name: '', address }]);
      }),
      { numRuns: 3000 },
    );
    // The property says nothing unless many addresses passed the schema (about 300 of 3000 do).
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('SendRequest header injection', () => {
  it.each([
    ['subject', { subject: 'Hi\r\nBcc: x@y' }, ['subject']],
    ['subject with a bare LF', { subject: 'Hi\nthere' }, ['subject']],
    ['subject with U+2028', { subject: 'Hi\u2028there' }, ['subject']],
    ['subject with U+2029', { subject: 'Hi\u2029there' }, ['subject']],
    ['a name', { to: [{ address: 'a@b' }, { name: 'Ann\r\nBcc: x@y', address: 'c@d' }] }, ['to', 1, 'name']],
    ['an address', { to: [{ address: 'a@b' }, { address: 'c@d\r\nBcc: x@y' }] }, ['to', 1, 'address']],
    ['a cc address', { cc: [{ address: 'c@d\r\n' }] }, ['cc', 0, 'address']],
    ['a bcc name', { bcc: [{ name: 'x\ry', address: 'c@d' }] }, ['bcc', 0, 'name']],
  ])('refuses a line break in %s, naming the field', (_what, body, path) => {
    const issue = firstIssue(send(body));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toBe(BREAKS);
  });

  it('refuses NUL and other controls but keeps a tab in the subject', () => {
    expect(firstIssue(send({ subject: 'a\u0000b' }))?.message).toBe('control characters are not allowed in a header field');
    expect(send({ subject: 'a\u001bb' }).success).toBe(false);
    expect(send({ subject: 'a\tb' }).success).toBe(true);
  });

  it('reaches the client as 400 BAD_REQUEST with the field in the message', async () => {
    const result = send({ to: [{ address: 'a@b' }, { address: 'c@d\r\nBcc: x@y' }] });
    const response = errorResponse(result.error, pino({ level: 'silent' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: `to[1].address: ${BREAKS}` },
    });
  });

  it('names the field of an address that is not one mailbox', async () => {
    const result = send({ cc: [{ address: 'ok@example.com' }, { address: '"Ann" <a@b>' }] });
    const response = errorResponse(result.error, pino({ level: 'silent' }));
    expect((await response.json()).error.message).toMatch(/^cc\[1\]\.address: /);
  });
});

describe('SendRequest and DraftRequest limits', () => {
  const many = (count: number) => Array.from({ length: count }, (_, index) => ({ address: `r${index}@example.com` }));

  it('needs a recipient to send, not to save a draft', () => {
    expect(firstIssue(send({ to: [] }))?.message).toBe('add at least one recipient');
    expect(send({ to: [], bcc: [{ address: 'b@c' }] }).success).toBe(true);
    expect(DraftRequest.safeParse({ to: [], subject: '' }).success).toBe(true);
  });

  it('takes 100 recipients across To, Cc and Bcc, not 101', () => {
    expect(send({ to: many(50), cc: many(30), bcc: many(20) }).success).toBe(true);
    expect(send({ to: many(50), cc: many(30), bcc: many(21) }).success).toBe(false);
    expect(DraftRequest.safeParse({ to: many(101), subject: '' }).success).toBe(false);
  });

  it('bounds the subject at 998 characters and the bodies in UTF-8 bytes', () => {
    expect(send({ subject: 'x'.repeat(998) }).success).toBe(true);
    expect(send({ subject: 'x'.repeat(999) }).success).toBe(false);
    expect(send({ text: 'x'.repeat(1024 * 1024) }).success).toBe(true);
    // 2 bytes each in UTF-8: half as many characters reach the limit.
    expect(send({ text: 'é'.repeat(512 * 1024 + 1) }).success).toBe(false);
    expect(send({ html: 'x'.repeat(2 * 1024 * 1024) }).success).toBe(true);
    expect(send({ html: 'x'.repeat(2 * 1024 * 1024 + 1) }).success).toBe(false);
  });

  it('takes at most 50 attachments', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `upload-${index}`);
    expect(send({ attachments: ids(50) }).success).toBe(true);
    expect(send({ attachments: ids(51) }).success).toBe(false);
  });

  it('lets a client skip the undo delay only with 0', () => {
    expect(send({ delay: 0 }).success).toBe(true);
    expect(send({ delay: 5000 }).success).toBe(false);
    expect(send({ delay: -1 }).success).toBe(false);
  });

  it('takes an idempotency key of URL-safe characters, up to 100', () => {
    expect(send({ idempotencyKey: 'a-Z_09'.repeat(16).slice(0, 100) }).success).toBe(true);
    expect(send({ idempotencyKey: 'x'.repeat(101) }).success).toBe(false);
    expect(send({ idempotencyKey: 'has space' }).success).toBe(false);
    expect(send({ idempotencyKey: '' }).success).toBe(false);
  });

  it('keeps the reply and forward fields', () => {
    const parsed = send({ draftId: 'd1', inReplyTo: 'm1', forwardOf: 'm2', forwardAs: 'attachment' });
    expect(parsed.data).toMatchObject({ draftId: 'd1', inReplyTo: 'm1', forwardOf: 'm2', forwardAs: 'attachment' });
    expect(send({ forwardOf: 'm2', forwardAs: 'quoted' }).success).toBe(false);
  });
});
