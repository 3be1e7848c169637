import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';

export const mailboxesQueryKey = ['mailboxes'] as const;

/** The folder list, shared by the folder tree and the list header: one request, one cache entry. */
export const mailboxesQuery = { queryKey: mailboxesQueryKey, queryFn: api.listMailboxes };

export function useMailboxes() {
  return useQuery(mailboxesQuery);
}
