'use client';

import { ArrowDownUp, ChevronDown } from 'lucide-react';
import { changeSort } from '@/lib/client/navigation';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';
import { type ListSort, listSearch } from '@/lib/ui/mail-location';

// The orders people ask for, each in the direction that makes sense for it first (RFC 5256 keys).
const CHOICES: { sort: SortKey; order: SortOrder; label: string }[] = [
  { sort: 'date', order: 'desc', label: 'Newest first' },
  { sort: 'date', order: 'asc', label: 'Oldest first' },
  { sort: 'arrival', order: 'desc', label: 'Recently received' },
  { sort: 'from', order: 'asc', label: 'Sender A–Z' },
  { sort: 'from', order: 'desc', label: 'Sender Z–A' },
  { sort: 'subject', order: 'asc', label: 'Subject A–Z' },
  { sort: 'subject', order: 'desc', label: 'Subject Z–A' },
  { sort: 'size', order: 'desc', label: 'Largest first' },
  { sort: 'size', order: 'asc', label: 'Smallest first' },
];

/** The list order, kept in the URL (navigation.ts: replaced, not pushed). */
export function MessageListSort({ value }: { value: ListSort }) {
  return (
    <label className="relative inline-flex h-8 shrink-0 items-center rounded-md text-muted hover:bg-hover hover:text-fg">
      <span className="sr-only">Sort messages</span>
      <ArrowDownUp aria-hidden="true" className="pointer-events-none absolute left-2 size-4" />
      <select
        data-testid="message-list-sort"
        value={`${value.sort}:${value.order}`}
        onChange={(event) => {
          const [sort, order] = event.target.value.split(':') as [SortKey, SortOrder];
          changeSort(`${window.location.pathname}${listSearch({ sort, order })}`);
        }}
        className="field-sizing-content h-8 cursor-pointer appearance-none rounded-md bg-transparent pr-7 pl-8 text-xs font-medium text-inherit focus-ring-inset"
      >
        {CHOICES.map((choice) => (
          <option key={`${choice.sort}:${choice.order}`} value={`${choice.sort}:${choice.order}`}>
            {choice.label}
          </option>
        ))}
      </select>
      <ChevronDown aria-hidden="true" className="pointer-events-none absolute right-2 size-3.5" />
    </label>
  );
}
