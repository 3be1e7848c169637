import { Eye, PenLine } from 'lucide-react';
import type { PresentUser } from '@/lib/client/presence-cache';

/** In a list row of a shared folder: who else has the message open, replying first. */
export function PresenceBadge({ present }: { present: readonly PresentUser[] }) {
  const first = present.find((entry) => entry.activity === 'replying') ?? present[0];
  if (!first) return null;
  const Icon = first.activity === 'replying' ? PenLine : Eye;
  const label = present.map(({ user, activity }) => `${user} is ${activity}`).join(', ');
  return (
    <span
      data-testid="message-row-presence"
      title={label}
      className={`inline-flex max-w-[30%] shrink-0 items-center gap-1 rounded-full px-1.5 text-[0.6875rem] leading-4 ${
        first.activity === 'replying'
          ? 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200'
          : 'bg-hover text-muted'
      }`}
    >
      <Icon aria-hidden="true" className="size-3 shrink-0" />
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="truncate">
        {first.user}
        {present.length > 1 ? ` +${present.length - 1}` : ''}
      </span>
    </span>
  );
}
