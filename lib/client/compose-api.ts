import { apiPaths } from '@/lib/api-paths';
import type { DraftRequest, DraftResponse, DraftSaved, QueuedSendState, SendRequest, SendResponse } from '@/lib/schemas/compose';
import { request } from './api';

/** The compose view's calls: drafts kept in the Drafts folder, sending, and Undo of a queued send. */
export const composeApi = {
  /** Saves the draft, replacing the version `body.draftId` names; `keepalive` lets a closing page finish it. */
  saveDraft: (body: DraftRequest, options: { keepalive?: boolean } = {}) =>
    request<DraftSaved>(apiPaths.drafts(), { method: 'PUT', body: JSON.stringify(body), keepalive: options.keepalive }),
  getDraft: (draftId: string) => request<DraftResponse>(apiPaths.draft(draftId)),
  deleteDraft: (draftId: string) => request<{ deleted: boolean }>(apiPaths.draft(draftId), { method: 'DELETE' }),
  send: (body: SendRequest) => request<SendResponse>(apiPaths.send(), { method: 'POST', body: JSON.stringify(body) }),
  /** What became of a queued send once its delay has passed. */
  sendState: (queuedId: string, messageId: string) =>
    request<QueuedSendState>(`${apiPaths.queuedSend(queuedId)}?${new URLSearchParams({ messageId })}`),
  /** Undo: the queued message goes back to being a draft → its id. */
  undoSend: (queuedId: string) => request<DraftSaved>(apiPaths.queuedSend(queuedId), { method: 'DELETE' }),
};
