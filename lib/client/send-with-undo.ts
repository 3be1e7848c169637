'use client';

import { ApiError, describeApiError } from '@/lib/client/api-error';
import type { SendRequest, SendResponse } from '@/lib/schemas/compose';
import { composeApi } from './compose-api';
import { openCompose } from './compose-store';
import { isOffered, notify, offerUndo } from './undo-store';

/**
 * Sends, and offers Undo while the server holds the message (POST /api/send queues it in
 * Drafts for SEND_DELAY_MS). Undo takes it back and reopens it as a draft; once the delay has
 * passed the toast says it went. Rejects with the ApiError of a send that failed.
 */
export async function sendWithUndo(body: SendRequest): Promise<SendResponse> {
  const result = await composeApi.send(body);
  if (!('queued' in result)) {
    notify(result.rejected.length > 0 ? `Sent, but not to ${result.rejected.join(', ')}` : 'Message sent');
    return result;
  }
  const { id, sendAt } = result.queued;
  const wait = Math.max(0, Date.parse(sendAt) - Date.now());
  // Offered a little past the send time, so "Message sent" replaces the offer rather than a blank.
  const offer = offerUndo('Sending…', () => void undoSend(id), wait + 1_000);
  setTimeout(() => {
    if (isOffered(offer)) notify('Message sent');
  }, wait);
  return result;
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
