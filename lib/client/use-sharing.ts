import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';
import type { AclResponse } from '@/lib/schemas/sharing';

/** Who a folder is shared with; loaded when the Sharing dialog opens, never before. */
export function useSharing(mailboxId: string) {
  return useQuery({ queryKey: queryKeys.sharing(mailboxId), queryFn: () => api.getSharing(mailboxId) });
}

/**
 * Grants (`rights` letters) or removes (`null`) one person's access. The server answers the
 * folder's sharing as it is afterwards, which replaces the cached one: a change another
 * administrator made meanwhile shows too. The folder list is read again (rights can change).
 */
export function useChangeSharing(mailboxId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ identifier, rights }: { identifier: string; rights: string | null }) =>
      api.setSharing(mailboxId, identifier, rights),
    onSuccess: (sharing: AclResponse) => {
      client.setQueryData(queryKeys.sharing(mailboxId), sharing);
      void client.invalidateQueries({ queryKey: queryKeys.mailboxes() });
    },
  });
}
