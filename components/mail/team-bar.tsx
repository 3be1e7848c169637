'use client';

import { CircleCheck, Hourglass, UserRoundCheck, UserRoundPlus, UserRoundX } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useFlagsMutation } from '@/lib/client/mutations';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { useSessionUser } from '@/lib/client/use-session-user';
import { useSharedFolder } from '@/lib/client/use-shared-folder';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { assigneeOf, claimKeywords, DONE, hasKeyword, isAssigneeKeyword, memberOf, WAITING } from '@/lib/sharing/team-keywords';
import { AssignSelect } from './assign-select';

interface TeamBarProps {
  mailboxId: string;
  uidValidity?: number;
  message: MessageSummary;
}

/**
 * Who handles a message of a shared folder, kept in keywords every client sees (design note
 * B.2): take it, give it back, mark it done. Taking is a claim: the STORE carries the modseq
 * this row was seen at (RFC 7162 UNCHANGEDSINCE), so of two people taking it at once exactly one
 * wins, and the other is told who did. Waiting (for an answer) and done are plain toggles. Only
 * in others' folders, with the `w` right.
 */
export function TeamBar({ mailboxId, uidValidity, message }: TeamBarProps) {
  const { data } = useMailboxes();
  const me = useSessionUser();
  const flags = useFlagsMutation();
  const folder = data?.mailboxes.find((mailbox) => mailbox.id === mailboxId);
  const shared = useSharedFolder(mailboxId);
  if (!folder || !shared || !folder.myRights.maySetKeywords || !me) return null;

  const assignee = assigneeOf(message.flags);
  const mine = assignee !== null && assignee.toLowerCase() === memberOf(me);
  const done = hasKeyword(message.flags, DONE);
  const waiting = hasKeyword(message.flags, WAITING);
  const change = (add: string[], remove: string[], claim = false) =>
    flags.mutate({
      kind: 'flags',
      mailboxId,
      uidValidity,
      uids: [message.uid],
      add,
      remove,
      ...(claim && message.modseq ? { unchangedSince: message.modseq } : {}),
    });

  // A reassignment drops the last assignee's keyword in the same conditional STORE.
  const assign = (user: string) => change(claimKeywords(user), message.flags.filter(isAssigneeKeyword), true);

  return (
    <div data-testid="team-bar" className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-2 text-sm md:px-6">
      <span data-testid="team-assignee" className="min-w-0 flex-1 truncate text-muted">
        {assignee === null ? 'Nobody has taken this yet' : mine ? 'You took this' : `${assignee} took this`}
        {waiting ? ' · waiting' : ''}
        {done ? ' · done' : ''}
      </span>
      {assignee === null ? (
        <Button size="sm" variant="secondary" data-testid="team-take" onClick={() => change(claimKeywords(me), [], true)}>
          <UserRoundPlus aria-hidden="true" className="size-4" /> Take it
        </Button>
      ) : mine ? (
        <Button size="sm" variant="ghost" data-testid="team-release" onClick={() => change([], claimKeywords(me))}>
          <UserRoundX aria-hidden="true" className="size-4" /> Give back
        </Button>
      ) : (
        <UserRoundCheck aria-hidden="true" className="size-4 text-muted" />
      )}
      <AssignSelect mailboxId={mailboxId} assignee={assignee} me={me} onAssign={assign} />
      {[
        { keyword: WAITING, on: waiting, Icon: Hourglass, label: 'Waiting', testId: 'team-waiting' },
        { keyword: DONE, on: done, Icon: CircleCheck, label: done ? 'Done' : 'Mark done', testId: 'team-done' },
      ].map(({ keyword, on, Icon, label, testId }) => (
        <Button
          key={keyword}
          size="sm"
          variant={on ? 'ghost' : 'secondary'}
          aria-pressed={on}
          data-testid={testId}
          onClick={() => (on ? change([], [keyword]) : change([keyword], []))}
        >
          <Icon aria-hidden="true" className="size-4" /> {label}
        </Button>
      ))}
    </div>
  );
}
