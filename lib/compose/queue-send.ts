import 'server-only';
import { releaseStaged } from '@/lib/attachments/release-staged';
import { env } from '@/lib/config/env';
import { type MessageRef, messageId, messageRefFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { buildMessage } from './build-message';
import { deleteDraft } from './delete-draft';
import { dispatchQueued } from './dispatch-queued';
import { type ComposeInput, outgoingMessage } from './outgoing-message';
import { QUEUED, SEND_AT_HEADER } from './queue-marks';
import { saveCopy } from './save-copy';
import { setSendAlarm } from './send-timers';

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
  if (saved.uid === null) throw new Error('the server gave the queued message no UID (UIDPLUS)');
  const ref: MessageRef = { path: saved.path, uidValidity: saved.uidValidity, uid: saved.uid };
  const previous = input.draftId ? messageRefFromId(input.draftId) : null;
  if (previous)
    await deleteDraft(account, previous).catch((error: unknown) => logger().warn({ err: error }, 'draft not removed'));
  await releaseStaged(account, input.attachments ?? []).catch(() => undefined);
  const id = messageId(ref);
  setSendAlarm(id, sendAt.getTime(), () => void dispatchQueued(account, ref));
  return { messageId: built.messageId, queued: { id, sendAt: sendAt.toISOString() } };
}
