import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';

/** The folder list, shared by the folder tree and the list header: one request, one cache entry. */
export const mailboxesQuery = { queryKey: queryKeys.mailboxes(), queryFn: api.listMailboxes };

export function useMailboxes() {
  return useQuery(mailboxesQuery);
}
