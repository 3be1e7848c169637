import { queuedSendState } from '@/lib/compose/queued-send-state';
import { unqueueSend } from '@/lib/compose/unqueue-send';
import { route } from '@/lib/http/route';
import { QueuedParams } from '@/lib/http/route-params';
import { QueuedSendQuery } from '@/lib/schemas/compose';

export const dynamic = 'force-dynamic';

/** What became of a queued send (`messageId`: its Message-ID, from the send's answer) → `QueuedSendState`. */
export const GET = route({ auth: true, params: QueuedParams, query: QueuedSendQuery }, ({ account, params, query }) =>
  queuedSendState(account, params.queuedId, query.messageId),
);

/** Undo: a queued send goes back to Drafts → `{ draftId }`; 409 CONFLICT once it is being sent or sent. */
export const DELETE = route({ auth: true, params: QueuedParams }, ({ account, params }) => unqueueSend(account, params.queuedId));
