'use client';

import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/client/api-error';
import { messageQuery } from '@/lib/client/use-message';
import type { MessageView } from '@/lib/schemas/message-view';

/**
 * The open message's own view (`GET /api/messages/:id`), the source of its header. Either
 * remote-content variant will do, since the header is the same in both: the body (MessageBody)
 * loads the one it shows, and this only reads it from the cache. With `fetch` (the body shows
 * an attached message instead), it loads the view itself, unless a variant is cached already.
 */
export function useOpenMessageView(messageId: string, { enabled, fetch }: { enabled: boolean; fetch: boolean }) {
  const allowed = useQuery({ ...messageQuery(messageId, true), enabled: false });
  const blocked = useQuery({ ...messageQuery(messageId, false), enabled: enabled && fetch && allowed.data === undefined });
  const view: MessageView | undefined = allowed.data ?? blocked.data;
  const error = blocked.error ?? allowed.error;
  return {
    view,
    error: view ? null : error,
    // A well-formed id of a message that is not there: expunged, moved, or its folder recreated.
    gone: !view && error instanceof ApiError && error.code === 'NOT_FOUND',
  };
}
