'use client';

import { History } from 'lucide-react';
import { useEffect } from 'react';
import type { SearchOption } from './use-search-combobox';

interface SearchSuggestionListProps {
  id: string;
  hidden: boolean;
  options: SearchOption[];
  active: number;
  onPick: (option: SearchOption) => void;
}

export const searchOptionId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * The search box's popup: recent searches (a "Recent" group) while the box is empty, else the
 * completions of what is being typed. Always in the page, so the input's aria-controls names
 * an element; hidden while closed.
 */
export function SearchSuggestionList({ id, hidden, options, active, onPick }: SearchSuggestionListProps) {
  useEffect(() => {
    if (!hidden && active >= 0) document.getElementById(searchOptionId(id, active))?.scrollIntoView({ block: 'nearest' });
  }, [hidden, active, id]);

  const recent = options[0]?.kind === 'recent';
  const items = (hidden ? [] : options).map((option, index) => (
    // Options are picked from the input's keys; a click must not take focus from it first.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input owns the keyboard (aria-activedescendant)
    <div
      key={option.kind === 'recent' ? `recent-${option.query}` : option.suggestion.text}
      tabIndex={-1}
      id={searchOptionId(id, index)}
      role="option"
      aria-selected={index === active}
      data-testid="search-suggestion"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(option)}
      className="flex min-h-10 cursor-pointer items-center gap-3 px-3 py-1.5 text-sm hover:bg-hover aria-selected:bg-accent-soft aria-selected:text-accent-ink md:min-h-8"
    >
      {option.kind === 'recent' ? (
        <>
          <History aria-hidden="true" className="size-4 shrink-0 text-muted" />
          <span className="truncate">{option.query}</span>
        </>
      ) : (
        <>
          <span className="shrink-0 font-mono text-[0.8125rem]">{option.suggestion.text}</span>
          <span className="ml-auto truncate text-xs text-muted">{option.suggestion.description}</span>
        </>
      )}
    </div>
  ));

  return (
    <div
      id={id}
      role="listbox"
      aria-label={recent ? 'Recent searches' : 'Search suggestions'}
      data-testid="search-suggestions"
      hidden={hidden}
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-[min(20rem,calc(100dvh-5rem))] overflow-y-auto rounded-md border border-line-strong bg-surface py-1 text-fg shadow-lg"
    >
      {recent ? (
        // biome-ignore lint/a11y/useSemanticElements: a listbox's options are grouped by role="group" (WAI-ARIA 1.2); a fieldset groups form controls
        <div role="group" aria-labelledby={`${id}-recent`}>
          <div
            id={`${id}-recent`}
            role="presentation"
            className="px-3 pt-1 pb-0.5 text-xs font-semibold tracking-wide text-muted uppercase"
          >
            Recent
          </div>
          {items}
        </div>
      ) : (
        items
      )}
    </div>
  );
}
