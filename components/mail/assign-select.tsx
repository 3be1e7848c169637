'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';
import { memberOf } from '@/lib/sharing/team-keywords';

interface AssignSelectProps {
  mailboxId: string;
  /** Who has it now (the member part of `$Assigned_<member>`), or null. */
  assignee: string | null;
  me: string;
  onAssign: (user: string) => void;
}

/**
 * "Assign to…": the folder's roster (published by its administrator in the folder's shared
 * METADATA, lib/sharing/team-roster.ts), without whoever has it already. Nothing when the
 * folder has no roster: taking a message yourself still works.
 */
export function AssignSelect({ mailboxId, assignee, me, onAssign }: AssignSelectProps) {
  const { data } = useQuery({
    queryKey: queryKeys.roster(mailboxId),
    queryFn: () => api.getRoster(mailboxId),
    staleTime: 60_000,
  });
  const members = (data?.members ?? []).filter((user) => memberOf(user) !== assignee);
  if (members.length === 0) return null;
  return (
    <select
      aria-label="Assign to"
      data-testid="team-assign"
      value=""
      onChange={(event) => event.target.value && onAssign(event.target.value)}
      className="h-8 max-w-32 rounded-md border border-line-strong bg-raised px-2 text-xs text-fg"
    >
      <option value="">Assign to…</option>
      {members.map((user) => (
        <option key={user} value={user}>
          {memberOf(user) === memberOf(me) ? `${user} (you)` : user}
        </option>
      ))}
    </select>
  );
}
