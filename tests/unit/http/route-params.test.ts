import { describe, expect, it } from 'vitest';
import { AttachmentParams, MailboxParams, MessageParams, MessagePartParams, UploadParams } from '@/lib/http/route-params';
import { mailboxId, messageId } from '@/lib/ids';

const ref = { path: 'Archive/2026 — été', uidValidity: 1_700_000_000, uid: 42 };

describe('route params', () => {
  it('turn a mailbox id into its path and a message id into its ref, once', () => {
    expect(MailboxParams.parse({ mailboxId: mailboxId(ref.path) })).toEqual({
      mailboxId: { id: mailboxId(ref.path), path: ref.path },
    });
    expect(MessageParams.parse({ messageId: messageId(ref) })).toEqual({ messageId: ref });
    expect(MessagePartParams.parse({ messageId: messageId(ref), part: '1.2' })).toEqual({ messageId: ref, part: '1.2' });
    expect(AttachmentParams.parse({ attachmentId: 'AbCdEfGhIjKlMnOpQrStUv-_' })).toEqual({
      attachmentId: 'AbCdEfGhIjKlMnOpQrStUv-_',
    });
  });

  it.each([
    ['a malformed mailbox id', MailboxParams, { mailboxId: 'not base64!' }, 'This folder does not exist.'],
    ['an empty mailbox id', MailboxParams, { mailboxId: '' }, 'This folder does not exist.'],
    ['a mailbox id given as a message id', MessageParams, { messageId: mailboxId('INBOX') }, 'moved or deleted'],
    ['a message id with UID 0', MessageParams, { messageId: Buffer.from('1.0.INBOX').toString('base64url') }, 'moved or deleted'],
    ['a section that is not a part', MessagePartParams, { messageId: messageId(ref), part: 'HEADER' }, 'part of the message'],
    ['a part with a leading zero', MessagePartParams, { messageId: messageId(ref), part: '01' }, 'part of the message'],
    ['an attachment id with a path in it', AttachmentParams, { attachmentId: '../../../etc/passwd.json' }, 'attachment is gone'],
    ['an upload id of the wrong length', UploadParams, { uploadId: 'abc' }, 'attachment is gone'],
  ])('refuse %s with their own sentence (the wrapper answers NOT_FOUND)', (_name, schema, raw, sentence) => {
    const parsed = schema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.code).toBe('custom');
    expect(issue?.message).toContain(sentence);
  });
});
