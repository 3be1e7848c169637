'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';

/**
 * A message for the reading pane. Its content never changes, so it never goes stale in the
 * cache (neighbours prefetched by the list are shown at once); the browser's HTTP cache
 * holds it across reloads (immutable + ETag).
 */
export function useMessage(id: string | undefined, allowRemote: boolean) {
  return useQuery({
    queryKey: ['message', id, allowRemote],
    queryFn: () => api.getMessage(id ?? '', allowRemote),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Marks a message read on the server and updates every cached list row showing it. */
export function useMarkSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.markSeen(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mailboxes'] }),
  });
}
