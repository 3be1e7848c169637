import { ApiError } from '@/lib/client/api-error';
import { type ErrorCode, isErrorCode } from '@/lib/errors/codes';
import type { FlagsRequest, FlagsResponse } from '@/lib/schemas/flags';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessagesResponse, SortKey, SortOrder } from '@/lib/schemas/message-list';
import type { MessageView, SeenResponse } from '@/lib/schemas/message-view';
import type { SessionResponse, SignInRequest } from '@/lib/schemas/session';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';

/** The typed fetch client the components use. Every failure becomes an ApiError with a stable code. */
async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}), ...init?.headers },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('IMAP_UNAVAILABLE', 'Letterbox cannot be reached. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  throw toApiError(response.status, body);
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code: ErrorCode = isErrorCode(error?.code) ? error.code : status === 401 ? 'AUTH_REQUIRED' : 'INTERNAL';
  return new ApiError(code, typeof error?.message === 'string' ? error.message : undefined);
}

export const api = {
  getSession: () => request<SessionResponse>('/api/session'),
  signIn: (body: SignInRequest) => request<SessionResponse>('/api/session', { method: 'POST', body: JSON.stringify(body) }),
  signOut: () => request<{ ok: true }>('/api/session', { method: 'DELETE' }),
  listMailboxes: () => request<MailboxesResponse>('/api/mailboxes'),
  listMessages: (mailboxId: string, query: ListMessagesParams, signal?: AbortSignal) => {
    const params = new URLSearchParams({ limit: String(query.limit), sort: query.sort, order: query.order });
    if (query.cursor) params.set('cursor', query.cursor);
    return request<MessagesResponse>(`/api/mailboxes/${mailboxId}/messages?${params}`, { signal });
  },
  getMessage: (id: string, allowRemote = false, part: string | null = null) =>
    request<MessageView>(
      `/api/messages/${encodeURIComponent(id)}${part ? `/attached/${encodeURIComponent(part)}` : ''}${allowRemote ? '?remote=allow' : ''}`,
    ),
  getSettings: () => request<SettingsResponse>('/api/settings'),
  updateSettings: (patch: SettingsPatch) =>
    request<SettingsResponse>('/api/settings', { method: 'PATCH', body: JSON.stringify(patch) }),
  // api-paths: apiPaths.messages()
  setFlags: (body: FlagsRequest) => request<FlagsResponse>('/api/messages', { method: 'PATCH', body: JSON.stringify(body) }),
  markSeen: (id: string) => request<SeenResponse>(`/api/messages/${encodeURIComponent(id)}/seen`, { method: 'POST' }),
};

export interface ListMessagesParams {
  limit: number;
  sort: SortKey;
  order: SortOrder;
  cursor?: string;
}
