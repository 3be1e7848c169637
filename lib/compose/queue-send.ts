import 'server-only';
import { releaseStaged } from '@/lib/attachments/release-staged';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, messageId, messageRefFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { buildMessage } from './build-message';
import { deleteDraft } from './delete-draft';
import { dispatchQueued } from './dispatch-queued';
import { findByMessageId } from './find-by-message-id';
import { type ComposeInput, outgoingMessage } from './outgoing-message';
import { QUEUED, SEND_AT_HEADER } from './queue-marks';
import { saveCopy } from './save-copy';
import { setSendAlarm } from './send-timers';

const NO_UNDO = 'Your message waits in Drafts and will be sent shortly, but this mail server does not let it be taken back.';

export interface QueuedSend {
  /** The RFC 5322 Message-ID it will be sent with. */
  messageId: string;
  /** The queued draft (DELETE /api/send/:id undoes) and when it goes. */
  queued: { id: string; sendAt: string };
}

/**
 * Send with an undo delay: the finished message waits in Drafts, flagged \Draft and QUEUED,
 * with its due time in SEND_AT_HEADER, and an alarm dispatches it then. Kept on the mail
 * server rather than in this process, so a restart loses nothing (the alarm is set again when
 * the account is next seen) and any instance can send it, once (dispatch-queued.ts claims it).
 * The draft it was written in is replaced by it; the uploads are inside it now, and released.
 */
export async function queueSend(account: Account, input: ComposeInput & { draftId?: string }): Promise<QueuedSend> {
  const sendAt = new Date(Date.now() + env().SEND_DELAY_MS);
  const { message } = await outgoingMessage(account, input);
  message.headers = { ...message.headers, [SEND_AT_HEADER]: sendAt.toISOString() };
  const built = await buildMessage(message);
  const saved = await saveCopy(account, '\\Drafts', built.raw, ['\\Draft', '\\Seen', QUEUED]);
  // Without APPENDUID the queued message is found by its own Message-ID. Not found, it cannot be
  // named for Undo, but it is in Drafts, queued: the account's next stream sends it (resume-queued.ts).
  const stored = saved.uid !== null ? saved : await findByMessageId(account, saved.path, built.messageId);
  if (!stored || stored.uid === null) throw new AppError('UNSUPPORTED', NO_UNDO);
  const ref: MessageRef = { path: saved.path, uidValidity: stored.uidValidity, uid: stored.uid };
  const previous = input.draftId ? messageRefFromId(input.draftId) : null;
  if (previous)
    await deleteDraft(account, previous).catch((error: unknown) => logger().warn({ err: error }, 'draft not removed'));
  await releaseStaged(account, input.attachments ?? []).catch(() => undefined);
  const id = messageId(ref);
  setSendAlarm(id, sendAt.getTime(), () => void dispatchQueued(account, ref));
  return { messageId: built.messageId, queued: { id, sendAt: sendAt.toISOString() } };
}
