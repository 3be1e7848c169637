import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';

/** The signed-in user's name (GET /api/session), for what is "mine" in a team folder; fetched once. */
export function useSessionUser(): string | null {
  const { data } = useQuery({ queryKey: queryKeys.session(), queryFn: api.getSession, staleTime: Number.POSITIVE_INFINITY });
  return data?.session?.user ?? null;
}
