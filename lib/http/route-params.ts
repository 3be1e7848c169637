import 'server-only';
import { z } from 'zod';
import { isAttachmentId } from '@/lib/attachments/attachment-id';
import { mailboxPathFromId, messageRefFromId } from '@/lib/ids';
import { PartNumber } from '@/lib/schemas/message-view';

/**
 * The dynamic segments of the API's URLs, decoded once by the route wrapper: a handler gets
 * typed refs, never the raw strings. A malformed or undecodable id names nothing, so it fails
 * as NOT_FOUND (lib/http/route.ts), as a well-formed id of a message that is gone does.
 */

/** `:mailboxId` → the folder's IMAP path (and the id it came as, canonical by construction). */
export const MailboxIdParam = z.string().transform((id, context) => {
  const path = mailboxPathFromId(id);
  if (path === null) {
    context.addIssue({ code: 'custom', message: 'This folder does not exist.' });
    return z.NEVER;
  }
  return { id, path };
});
export type MailboxParam = z.output<typeof MailboxIdParam>;

/** `:messageId` → mailbox path, UIDVALIDITY and UID (RFC 3501 §2.3.1.1). */
export const MessageIdParam = z.string().transform((id, context) => {
  const ref = messageRefFromId(id);
  if (ref === null) {
    context.addIssue({ code: 'custom', message: 'This message does not exist; it may have been moved or deleted.' });
    return z.NEVER;
  }
  return ref;
});

/** `:part` → an RFC 3501 §6.4.5 part number; HEADER, TEXT and MIME sections are not parts. */
export const PartParam = z.string().refine((part) => PartNumber.safeParse(part).success, {
  message: 'This part of the message does not exist.',
});

/** `:attachmentId`, `:uploadId`: a staged upload's id (lib/attachments/attachment-id.ts); whose it is, the store checks. */
export const AttachmentIdParam = z.string().refine(isAttachmentId, {
  message: 'This attachment is gone; it may have expired. Attach the file again.',
});

export const MailboxParams = z.object({ mailboxId: MailboxIdParam });
export const MessageParams = z.object({ messageId: MessageIdParam });
export const DraftParams = z.object({ draftId: MessageIdParam });
export const QueuedParams = z.object({ queuedId: MessageIdParam });
export const MessagePartParams = z.object({ messageId: MessageIdParam, part: PartParam });
export const AttachmentParams = z.object({ attachmentId: AttachmentIdParam });
export const UploadParams = z.object({ uploadId: AttachmentIdParam });
/** `:identifier` of an ACL entry; what an identifier may hold is the sharing code's check (400, not 404). */
export const AclEntryParams = z.object({ mailboxId: MailboxIdParam, identifier: z.string() });

/** `:token` of a push hint: an account's token (lib/live/push-hint.ts), an HMAC-SHA256 in base64url. */
export const PushHintParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
