'use client';

import { changeSearchScope } from '@/lib/client/navigation';
import { type ListSearch, type ListSort, listHref } from '@/lib/ui/mail-location';

interface SearchScopeSwitchProps {
  mailboxId: string;
  sort: ListSort;
  search: ListSearch;
}

/** "All folders": the same query over every folder but Trash and Junk, or back to the open one. */
export function SearchScopeSwitch({ mailboxId, sort, search }: SearchScopeSwitchProps) {
  const toggle = () =>
    changeSearchScope(
      listHref(mailboxId, { sort: sort.sort, order: sort.order, search: { ...search, everywhere: !search.everywhere } }),
    );
  return (
    <button
      type="button"
      role="switch"
      aria-checked={search.everywhere}
      data-testid="search-all-folders"
      onClick={toggle}
      className="flex shrink-0 items-center gap-2 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-hover hover:text-fg"
    >
      <span
        aria-hidden="true"
        className={`relative h-4 w-7 shrink-0 rounded-full transition-colors ${search.everywhere ? 'bg-accent' : 'bg-line-strong'}`}
      >
        <span
          className={`absolute top-0.5 left-0 size-3 rounded-full bg-white shadow transition-transform ${
            search.everywhere ? 'translate-x-3.5' : 'translate-x-0.5'
          }`}
        />
      </span>
      All folders
    </button>
  );
}
