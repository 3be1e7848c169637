import { unqueueSend } from '@/lib/compose/unqueue-send';
import { route } from '@/lib/http/route';
import { QueuedParams } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** Undo: a queued send goes back to Drafts → `{ draftId }`; 409 CONFLICT once it is being sent or sent. */
export const DELETE = route({ auth: true, params: QueuedParams }, ({ account, params }) => unqueueSend(account, params.queuedId));
