'use client';

import { type InfiniteData, keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { MessagesResponse } from '@/lib/schemas/message-list';

/** A message, or with `part` the message attached to it as that message/rfc822 part. */
export const messageQuery = (id: string, allowRemote = false, part: string | null = null) => ({
  queryKey: ['message', id, part, allowRemote] as const,
  queryFn: () => api.getMessage(id, allowRemote, part),
  // A message's content never changes for its id: never stale, so a prefetched neighbour
  // shows at once. The browser's HTTP cache (immutable + ETag) keeps it across reloads.
  staleTime: Number.POSITIVE_INFINITY,
});

export function useMessage(id: string, allowRemote: boolean, part: string | null = null) {
  // Allowing remote content refetches the same message: keep showing it meanwhile.
  return useQuery({ ...messageQuery(id, allowRemote, part), placeholderData: keepPreviousData });
}

/**
 * Marks a message read on the server, then shows it read in every loaded list page (no
 * refetch of the folder) and refreshes the folder counts.
 */
export function useMarkSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.markSeen(id),
    onSuccess: ({ flags }, id) => {
      queryClient.setQueriesData<InfiniteData<MessagesResponse>>({ queryKey: ['messages'] }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                messages: page.messages.map((message) => (message.id === id ? { ...message, flags } : message)),
              })),
            }
          : data,
      );
      void queryClient.invalidateQueries({ queryKey: ['mailboxes'] });
    },
  });
}
