'use client';

import { ApiError, describeApiError } from '@/lib/client/api-error';
import type { QueuedSendState, SendRequest, SendResponse } from '@/lib/schemas/compose';
import { composeApi } from './compose-api';
import { openCompose } from './compose-store';
import { isOffered, notify, offerUndo } from './undo-store';

/** How often, and how many times, a send still under way is asked about again. */
const RECHECK_MS = 2_000;
const RECHECKS = 10;

/**
 * Sends, and offers Undo while the server holds the message (POST /api/send queues it in
 * Drafts for SEND_DELAY_MS). Undo takes it back and reopens it as a draft. Once the delay has
 * passed the server is asked what became of it (GET /api/send/:id), so the toast says what
 * happened: sent, sent without its copy in Sent, or back in Drafts because the mail server
 * refused it. Rejects with the ApiError of a send that failed at once.
 */
export async function sendWithUndo(body: SendRequest): Promise<SendResponse> {
  const result = await composeApi.send(body);
  if (!('queued' in result)) {
    notify(result.rejected.length > 0 ? `Sent, but not to ${result.rejected.join(', ')}` : 'Message sent');
    return result;
  }
  const { id, sendAt } = result.queued;
  const wait = Math.max(0, Date.parse(sendAt) - Date.now());
  // Offered until the answer replaces it, a little past the send time.
  const offer = offerUndo('Sending…', () => void undoSend(id), wait + RECHECK_MS * RECHECKS);
  setTimeout(() => void report(offer, id, result.messageId, RECHECKS), wait + 500);
  return result;
}

async function report(offer: number, queuedId: string, messageId: string, left: number): Promise<void> {
  if (!isOffered(offer)) return;
  let outcome: QueuedSendState['state'];
  try {
    outcome = (await composeApi.sendState(queuedId, messageId)).state;
  } catch (error) {
    if (isOffered(offer)) notify(`Could not check that the message went: ${describeApiError(error)}`);
    return;
  }
  if (!isOffered(offer)) return;
  if (outcome === 'queued' || outcome === 'sending') {
    if (left > 0) setTimeout(() => void report(offer, queuedId, messageId, left - 1), RECHECK_MS);
    else notify('Sending is taking longer than usual. It will be in Sent once it has gone.');
    return;
  }
  if (outcome === 'sent') return notify('Message sent');
  if (outcome === 'gone') return notify('Not sent: the message was removed from Drafts before it went.');
  const reopen = () => openCompose({ kind: 'draft', draftId: queuedId });
  if (outcome === 'unsure') {
    offerUndo('The server stopped while sending this: it may have gone. It is kept in Drafts.', reopen, undefined, 'Open');
  } else if (outcome === 'sent-unfiled') {
    offerUndo('Sent, but its copy could not be saved in Sent: it is kept in Drafts.', reopen, undefined, 'Open');
  } else {
    offerUndo('Not sent: the mail server refused it. It is back in Drafts.', reopen, undefined, 'Open');
  }
}

async function undoSend(queuedId: string): Promise<void> {
  try {
    const { draftId } = await composeApi.undoSend(queuedId);
    notify('Sending undone');
    if (draftId) openCompose({ kind: 'draft', draftId });
  } catch (error) {
    notify(
      error instanceof ApiError && error.code === 'CONFLICT' ? 'Too late: the message was already sent' : describeApiError(error),
    );
  }
}
