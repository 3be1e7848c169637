'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpenSharedRequest } from '@/lib/schemas/sharing';
import { api } from './api';
import { queryKeys } from './query-keys';

/**
 * Others' folders the server does not list, opened by owner and name and remembered on the
 * server (lib/sharing/opened-paths.ts): the folder list is read again after either change,
 * since it is the server that says what the folder is called and what the user may do in it.
 */
export function useOpenSharedFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: OpenSharedRequest) => api.openSharedFolder(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes() }),
  });
}

export function useForgetSharedFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mailboxId: string) => api.forgetSharedFolder(mailboxId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes() }),
  });
}
