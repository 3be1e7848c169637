import 'server-only';
import { openStaged } from '@/lib/attachments/open-staged';
import { releaseStaged } from '@/lib/attachments/release-staged';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, mailboxId, messageId, messageRefFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { SendRequest } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import { buildMessage, type OutgoingAttachment } from './build-message';
import { composeBodies } from './compose-html';
import { fromAddress } from './identity';
import { markOriginal } from './mark-original';
import { newMessageId } from './message-id';
import { originalAttachment } from './original-attachment';
import { readOriginal } from './read-original';
import { type SavedCopy, saveCopy } from './save-copy';
import { submitSmtp } from './submit-smtp';
import { threadHeaders } from './thread-headers';
import { withoutBcc } from './without-bcc';

export interface SendResult {
  /** The RFC 5322 Message-ID of what was sent. */
  messageId: string;
  /** Recipients the SMTP server refused while it took the others. */
  rejected: string[];
  /** The copy in Sent, by the app's ids (null where the server gave no UID). */
  sent: { mailboxId: string; id: string | null };
}

type Parsed = SendRequest & { cc?: SendRequest['to']; bcc?: SendRequest['to'] };

/**
 * Sends one message: the MIME bytes are built (build-message.ts), submitted over SMTP without
 * their Bcc field (RFC 5322 §3.6.3), and the full bytes, Bcc kept, APPENDed to Sent with \Seen.
 * Nothing is APPENDed before SMTP took the message, so a refusal leaves no copy anywhere. When
 * SMTP took it but Sent could not store it, the bytes go to Drafts instead, and the answer is
 * SENT_NOT_SAVED: the message is out, and nothing the user wrote is lost. A reply marks its
 * original \Answered, a forward $Forwarded; the staged uploads are released afterwards.
 */
export async function sendMessage(account: Account, request: Parsed): Promise<SendResult> {
  const config = env();
  const replyTo = refOf(request.inReplyTo, 'inReplyTo');
  const forwarded = refOf(request.forwardOf, 'forwardOf');
  const thread = replyTo ? threadHeaders(await readOriginal(account, replyTo)) : { references: [] as string[] };
  const attachments = await stagedAttachments(account, request.attachments ?? []);
  if (forwarded && request.forwardAs === 'attachment') {
    const { subject } = await readOriginal(account, forwarded);
    attachments.push(await originalAttachment(account, forwarded, subject));
  }
  const bodies = composeBodies({ html: request.html, text: request.text });
  const built = await buildMessage({
    from: { address: fromAddress(account.user, config.IDENTITY_DOMAIN) },
    to: request.to,
    cc: request.cc ?? [],
    bcc: request.bcc ?? [],
    subject: request.subject,
    html: bodies.html,
    text: bodies.text,
    attachments,
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    messageId: newMessageId(config.IDENTITY_DOMAIN),
    date: new Date(),
  });
  const submitted = await submitSmtp(account, built.envelope, withoutBcc(built.raw));
  const sent = await fileSentCopy(account, built.raw);
  if (replyTo) await afterwards('mark answered', () => markOriginal(account, replyTo, '\\Answered'));
  if (forwarded) await afterwards('mark forwarded', () => markOriginal(account, forwarded, '$Forwarded'));
  await afterwards('release attachments', () => releaseStaged(account, request.attachments ?? []));
  return {
    messageId: built.messageId,
    rejected: submitted.rejected,
    sent: { mailboxId: mailboxId(sent.path), id: sent.uid === null ? null : messageId({ ...sent, uid: sent.uid }) },
  };
}

function refOf(id: string | undefined, field: string): MessageRef | undefined {
  if (id === undefined) return undefined;
  const ref = messageRefFromId(id);
  if (!ref) throw new AppError('BAD_REQUEST', `${field}: not a message id`);
  return ref;
}

async function stagedAttachments(account: Account, ids: string[]): Promise<OutgoingAttachment[]> {
  const staged = await Promise.all(ids.map((id) => openStaged(account, id)));
  return staged.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.stream() }));
}

async function fileSentCopy(account: Account, raw: Buffer): Promise<SavedCopy> {
  try {
    return await saveCopy(account, '\\Sent', raw, ['\\Seen']);
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'sent message not filed in Sent; keeping it in Drafts');
    const kept = await saveCopy(account, '\\Drafts', raw, ['\\Draft', '\\Seen']).then(
      () => true,
      () => false,
    );
    throw new AppError(
      'SENT_NOT_SAVED',
      kept
        ? 'Your message was sent, but its copy could not be saved in Sent; it is kept in Drafts.'
        : 'Your message was sent, but no copy of it could be saved on the mail server.',
      { cause: error },
    );
  }
}

/** Work after the message is out: a failure is logged, never reported as a failed send (it was sent). */
async function afterwards(what: string, work: () => Promise<unknown>): Promise<void> {
  await work().catch((error: unknown) => logger().warn({ err: error, what }, 'after sending'));
}
