'use client';

import { Eye, PenLine } from 'lucide-react';
import type { PresentUser } from '@/lib/client/presence-cache';
import { usePresence } from '@/lib/client/use-presence';

/** "bob is replying · carol is viewing", above a message of a shared folder; nothing when nobody else is there. */
export function PresenceNote({ mailboxId, uid }: { mailboxId: string; uid: number }) {
  const present = usePresence(mailboxId, uid);
  if (present.length === 0) return null;
  return (
    <p
      data-testid="presence-note"
      role="status"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-line px-4 py-1.5 text-sm md:px-6"
    >
      {present.map((entry) => (
        <PresentUserLabel key={entry.user} entry={entry} />
      ))}
    </p>
  );
}

function PresentUserLabel({ entry: { user, activity } }: { entry: PresentUser }) {
  const Icon = activity === 'replying' ? PenLine : Eye;
  return (
    <span
      data-activity={activity}
      className={`inline-flex items-center gap-1.5 ${activity === 'replying' ? 'font-medium text-amber-700 dark:text-amber-300' : 'text-muted'}`}
    >
      <Icon aria-hidden="true" className="size-4" />
      {user} is {activity}
    </span>
  );
}
