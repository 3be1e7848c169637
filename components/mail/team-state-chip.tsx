import { CircleCheck, Hourglass, UserRound } from 'lucide-react';
import { assigneeOf, DONE, hasKeyword, WAITING } from '@/lib/sharing/team-keywords';

/**
 * A team folder's state on a list row, from the keywords every client sees: who has the
 * message (`$Assigned_<member>`), and whether it waits or is done. Nothing on other mail.
 */
export function TeamStateChip({ flags }: { flags: readonly string[] }) {
  const assignee = assigneeOf(flags);
  const done = hasKeyword(flags, DONE);
  const waiting = !done && hasKeyword(flags, WAITING);
  if (assignee === null && !done && !waiting) return null;
  const Icon = done ? CircleCheck : waiting ? Hourglass : UserRound;
  const state = done ? 'done' : waiting ? 'waiting' : null;
  const label = [assignee === null ? null : `Taken by ${assignee}`, state].filter(Boolean).join(', ');
  return (
    <span
      data-testid="message-row-team"
      title={label}
      className="inline-flex max-w-[30%] shrink-0 items-center gap-1 rounded-full border border-line px-1.5 text-[0.6875rem] leading-4 text-muted"
    >
      <Icon aria-hidden="true" className="size-3 shrink-0" />
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="truncate">
        {assignee ?? state}
      </span>
    </span>
  );
}
