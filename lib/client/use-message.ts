'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';

/** A message, or with `part` the message attached to it as that message/rfc822 part. */
export const messageQuery = (id: string, allowRemote = false, part: string | null = null) => ({
  queryKey: queryKeys.message(id, part, allowRemote),
  queryFn: () => api.getMessage(id, allowRemote, part),
  // A message's content never changes for its id: never stale, so a prefetched neighbour
  // shows at once. The browser's HTTP cache (immutable + ETag) keeps it across reloads.
  staleTime: Number.POSITIVE_INFINITY,
});

export function useMessage(id: string, allowRemote: boolean, part: string | null = null) {
  // Allowing remote content refetches the same message: keep showing it meanwhile.
  return useQuery({ ...messageQuery(id, allowRemote, part), placeholderData: keepPreviousData });
}
