'use client';

import { showSearch } from '@/lib/client/navigation';
import { type ListSort, listHref } from '@/lib/ui/mail-location';

/** The team's views of a shared folder, each a search on the server by the team keywords (lib/sharing/team-keywords.ts). */
const FILTERS = [
  { label: 'Not taken', q: '-is:assigned' },
  { label: 'Mine', q: 'assignee:me' },
  { label: 'Waiting', q: 'is:waiting' },
  { label: 'Done', q: 'is:done' },
] as const;

/** Above a shared folder's list: one click to what nobody took, what you took, what waits, what is done. */
export function TeamFilters({ mailboxId, sort }: { mailboxId: string; sort: ListSort }) {
  return (
    <nav aria-label="Team views" data-testid="team-filters" className="flex gap-1 border-b border-line px-3 py-1.5">
      {FILTERS.map(({ label, q }) => {
        const href = listHref(mailboxId, { sort: sort.sort, order: sort.order, search: { q, everywhere: false } });
        return (
          <a
            key={q}
            href={href}
            data-testid="team-filter"
            onClick={(event) => {
              event.preventDefault();
              showSearch(href);
            }}
            className="rounded-full border border-line px-2.5 py-0.5 text-xs text-muted hover:bg-hover hover:text-fg focus-ring-inset"
          >
            {label}
          </a>
        );
      })}
    </nav>
  );
}
