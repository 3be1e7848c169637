import { apiPaths } from '@/lib/api-paths';
import { ApiError } from '@/lib/client/api-error';
import { type ErrorCode, type ErrorDetails, isErrorCode } from '@/lib/errors/codes';
import type { AddressSuggestions } from '@/lib/schemas/compose';
import type { FlagsRequest, FlagsResponse } from '@/lib/schemas/flags';
import type {
  CreateMailboxRequest,
  DeleteMailboxResponse,
  MailboxChangeResponse,
  MailboxesResponse,
  UpdateMailboxRequest,
} from '@/lib/schemas/mailboxes';
import type { MessagesResponse, SortKey, SortOrder } from '@/lib/schemas/message-list';
import type { MessageView, SeenResponse } from '@/lib/schemas/message-view';
import type { DeleteRequest, MessageAction, MoveRequest, MoveResponse, SpecialMoveRequest } from '@/lib/schemas/move';
import type { PresenceRequest, PresenceResponse } from '@/lib/schemas/presence';
import type { SearchResponse } from '@/lib/schemas/search';
import type { SessionResponse, SignInRequest } from '@/lib/schemas/session';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
import type { AclResponse, OpenSharedRequest, RosterResponse } from '@/lib/schemas/sharing';

/** The typed fetch client the components use. Every failure becomes an ApiError with a stable code. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}), ...init?.headers },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw fetchFailure(error);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  throw toApiError(response.status, body);
}

/**
 * fetch() throws only when no response came: a TypeError for a network failure (the browser
 * is offline, or Letterbox itself is down), an AbortError when the caller gave up. Neither is
 * the mail server's fault, so neither may read as IMAP_UNAVAILABLE.
 */
function fetchFailure(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  if (offline || error instanceof TypeError) return new ApiError('OFFLINE');
  return new ApiError('INTERNAL');
}

/** The ApiError an error answer means, from its envelope; also used by the upload client (upload-attachment.ts). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (
    body as {
      error?: { code?: unknown; message?: unknown; uids?: unknown; updated?: unknown; specialUse?: unknown; offset?: unknown };
    } | null
  )?.error;
  const code: ErrorCode = isErrorCode(error?.code) ? error.code : status === 401 ? 'AUTH_REQUIRED' : 'INTERNAL';
  const details: ErrorDetails = {
    ...(Array.isArray(error?.uids) && error.uids.every(Number.isInteger) ? { uids: error.uids as number[] } : {}),
    ...(typeof error?.updated === 'string' ? { updated: error.updated } : {}),
    ...(typeof error?.specialUse === 'string' ? { specialUse: error.specialUse } : {}),
    ...(typeof error?.offset === 'number' && Number.isSafeInteger(error.offset) && error.offset >= 0
      ? { offset: error.offset }
      : {}),
  };
  return new ApiError(code, typeof error?.message === 'string' ? error.message : undefined, details);
}

export const api = {
  getSession: () => request<SessionResponse>(apiPaths.session()),
  signIn: (body: SignInRequest) => request<SessionResponse>(apiPaths.session(), { method: 'POST', body: JSON.stringify(body) }),
  signOut: () => request<{ ok: true }>(apiPaths.session(), { method: 'DELETE' }),
  listMailboxes: () => request<MailboxesResponse>(apiPaths.mailboxes()),
  listMessages: (mailboxId: string, query: ListMessagesParams, signal?: AbortSignal) => {
    const params = new URLSearchParams({ limit: String(query.limit), sort: query.sort, order: query.order });
    if (query.cursor) params.set('cursor', query.cursor);
    return request<MessagesResponse>(apiPaths.messageList(mailboxId, params), { signal });
  },
  search: (query: { q: string; mailboxId: string; cursor?: string; limit: number }, signal?: AbortSignal) =>
    request<SearchResponse>(apiPaths.search(query), { signal }),
  getMessage: (id: string, allowRemote = false, part: string | null = null) =>
    request<MessageView>(
      part ? apiPaths.attachedMessage(id, part, { remote: allowRemote }) : apiPaths.message(id, { remote: allowRemote }),
    ),
  getSettings: () => request<SettingsResponse>(apiPaths.settings()),
  updateSettings: (patch: SettingsPatch) =>
    request<SettingsResponse>(apiPaths.settings(), { method: 'PATCH', body: JSON.stringify(patch) }),
  setFlags: (body: FlagsRequest) => request<FlagsResponse>(apiPaths.messages(), { method: 'PATCH', body: JSON.stringify(body) }),
  markSeen: (id: string) => request<SeenResponse>(apiPaths.seen(id), { method: 'POST' }),
  /** `keepalive`: an ending sent as the page goes away still arrives (Fetch §4.5). */
  setPresence: (id: string, body: PresenceRequest, keepalive = false) =>
    request<PresenceResponse>(apiPaths.presence(id), { method: 'PUT', body: JSON.stringify(body), keepalive }),
  /** move/copy take MoveRequest, delete DeleteRequest, archive/junk/not-junk SpecialMoveRequest. */
  moveMessages: (action: MessageAction, body: MoveRequest | DeleteRequest | SpecialMoveRequest) =>
    request<MoveResponse>(apiPaths.messageAction(action), { method: 'POST', body: JSON.stringify(body) }),
  createMailbox: (body: CreateMailboxRequest) =>
    request<MailboxChangeResponse>(apiPaths.mailboxes(), { method: 'POST', body: JSON.stringify(body) }),
  updateMailbox: (mailboxId: string, body: UpdateMailboxRequest) =>
    request<MailboxChangeResponse>(apiPaths.mailbox(mailboxId), { method: 'PATCH', body: JSON.stringify(body) }),
  /** Autocompletion for To, Cc and Bcc; `signal` lets a newer keystroke cancel it. */
  suggestAddresses: (q: string, limit: number, signal?: AbortSignal) =>
    request<AddressSuggestions>(apiPaths.addresses(q, limit), { signal }),
  getSharing: (mailboxId: string) => request<AclResponse>(apiPaths.sharing(mailboxId)),
  /** `rights` null removes the entry (DELETEACL); a string grants exactly those letters (SETACL). */
  setSharing: (mailboxId: string, identifier: string, rights: string | null) =>
    request<AclResponse>(
      apiPaths.sharing(mailboxId, identifier),
      rights === null ? { method: 'DELETE' } : { method: 'PUT', body: JSON.stringify({ rights }) },
    ),
  getRoster: (mailboxId: string) => request<RosterResponse>(apiPaths.roster(mailboxId)),
  openSharedFolder: (body: OpenSharedRequest) =>
    request<MailboxChangeResponse>(apiPaths.sharedFolders(), { method: 'POST', body: JSON.stringify(body) }),
  forgetSharedFolder: (mailboxId: string) => request<null>(apiPaths.sharedFolders(mailboxId), { method: 'DELETE' }),
  deleteMailbox: (mailboxId: string, options: { force?: boolean; withChildren?: boolean } = {}) =>
    request<DeleteMailboxResponse>(apiPaths.mailbox(mailboxId, options), { method: 'DELETE' }),
};

export interface ListMessagesParams {
  limit: number;
  sort: SortKey;
  order: SortOrder;
  cursor?: string;
}
