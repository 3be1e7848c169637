import 'server-only';
import { releaseStaged } from '@/lib/attachments/release-staged';
import { AppError } from '@/lib/errors/app-error';
import { mailboxId, messageId, messageRefFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { type ComposedMessage, composeMessage } from './build-message';
import { deleteDraft } from './delete-draft';
import { markOriginal } from './mark-original';
import { type ComposeInput, outgoingMessage } from './outgoing-message';
import { type SavedCopy, saveCopy } from './save-copy';
import { type Spool, spool } from './spool';
import { withoutBccStream } from './strip-fields-stream';
import { submitSmtp } from './submit-smtp';

export interface SendResult {
  /** The RFC 5322 Message-ID of what was sent. */
  messageId: string;
  /** Recipients the SMTP server refused while it took the others. */
  rejected: string[];
  /** The copy in Sent, by the app's ids (null where the server gave no UID). */
  sent: { mailboxId: string; id: string | null };
}

/**
 * Sends one message: the MIME bytes are built (build-message.ts) into a spool file as the
 * uploads and forwarded parts are read (spool.ts), streamed over SMTP without their Bcc field
 * (RFC 5322 §3.6.3), and the full bytes, Bcc kept, streamed from the same file into Sent with
 * \Seen (append-stream.ts): at no point is the message in memory whole.
 * Nothing is APPENDed before SMTP took the message, so a refusal leaves no copy anywhere. When
 * SMTP took it but Sent could not store it, the bytes go to Drafts instead, and the answer is
 * SENT_NOT_SAVED: the message is out, and nothing the user wrote is lost. A reply marks its
 * original \Answered, a forward $Forwarded; the draft it was written in is deleted and the
 * staged uploads released afterwards.
 */
export async function sendMessage(account: Account, request: ComposeInput & { draftId?: string }): Promise<SendResult> {
  const { message, replyTo, forwarded } = await outgoingMessage(account, request);
  const composed = composeMessage(message);
  const { submitted, sent } = await submitAndFile(account, composed);
  if (replyTo) await afterwards('mark answered', () => markOriginal(account, replyTo, '\\Answered'));
  if (forwarded) await afterwards('mark forwarded', () => markOriginal(account, forwarded, '$Forwarded'));
  const draft = request.draftId ? messageRefFromId(request.draftId) : null;
  if (draft) await afterwards('delete the draft', () => deleteDraft(account, draft));
  await afterwards('release attachments', () => releaseStaged(account, request.attachments ?? []));
  return {
    messageId: composed.messageId,
    rejected: submitted.rejected,
    sent: { mailboxId: mailboxId(sent.path), id: sent.uid === null ? null : messageId({ ...sent, uid: sent.uid }) },
  };
}

/** Spools the message, submits it and files it; the spool goes whatever happens. */
async function submitAndFile(account: Account, composed: ComposedMessage) {
  const spooled = await spool(account, composed.stream());
  try {
    const submitted = await submitSmtp(account, composed.envelope, withoutBccStream(spooled.stream()));
    return { submitted, sent: await fileSentCopy(account, spooled) };
  } finally {
    await spooled.discard();
  }
}

async function fileSentCopy(account: Account, spooled: Spool): Promise<SavedCopy> {
  try {
    return await saveCopy(account, '\\Sent', spooled, ['\\Seen']);
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'sent message not filed in Sent; keeping it in Drafts');
    const kept = await saveCopy(account, '\\Drafts', spooled, ['\\Draft', '\\Seen']).then(
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
