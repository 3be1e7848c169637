'use client';

import { Search, X } from 'lucide-react';
import { useId } from 'react';
import { SearchSuggestionList, searchOptionId } from './search-suggestion-list';
import { useSearchCombobox } from './use-search-combobox';

/** The input's id, for the `/` shortcut to focus it from anywhere on the page. */
export const SEARCH_INPUT_ID = 'search-input';

export interface SearchBoxProps {
  /** The active query from the URL ('' when not searching); the box shows it and resets to it when it changes. */
  query: string;
  /** Enter or submit with text that is not blank, trimmed; the box has already remembered it among recent searches. */
  onSearch(query: string): void;
  /** The clear button or Escape: back to the folder. */
  onClear(): void;
  /** Label names, for `label:` completion. */
  labels: string[];
  /** Folder paths, for `in:` completion. */
  folders: string[];
  /** The signed-in account, whose recent searches the box offers (lib/ui/recent-searches.ts). */
  historyOwner: string;
}

/*
 * Below md the box is a search icon in the top bar until it has focus, then covers the bar
 * (fixed, full width) while it is used: a field squeezed between the wordmark and the account
 * buttons would show a few letters of the query. Collapsed is CSS only (focus-within), not
 * display:none, so the `/` shortcut and a tap both focus the input the same way everywhere.
 */
const FORM =
  'group/search flex items-center md:w-full md:max-w-xl md:min-w-0 max-md:focus-within:fixed max-md:focus-within:inset-x-0 max-md:focus-within:top-0 max-md:focus-within:z-20 max-md:focus-within:h-12 max-md:focus-within:border-b max-md:focus-within:border-line max-md:focus-within:bg-canvas max-md:focus-within:px-3';
const FIELD = 'relative min-w-0 flex-1 max-md:group-not-focus-within/search:w-9 max-md:group-not-focus-within/search:flex-none';
const INPUT =
  'h-9 w-full rounded-md border border-line-strong bg-raised pr-9 pl-9 text-sm text-fg placeholder:text-muted focus-ring-inset max-md:group-not-focus-within/search:cursor-pointer max-md:group-not-focus-within/search:border-transparent max-md:group-not-focus-within/search:bg-transparent max-md:group-not-focus-within/search:px-0 max-md:group-not-focus-within/search:text-transparent max-md:group-not-focus-within/search:placeholder:text-transparent max-md:group-not-focus-within/search:hover:bg-hover';

/**
 * The mail search: a query in Gmail's language with completions for its operators, recent
 * searches while empty, and a way back to the folder (× or Escape).
 */
export function SearchBox(props: SearchBoxProps) {
  const { query } = props;
  const box = useSearchCombobox(props);
  const listId = `${useId()}-suggestions`;
  const clearable = box.text !== '' || query !== '';

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is a landmark only in browsers from 2023 on; the role on the form is one everywhere
    <form role="search" data-testid="search-box" onSubmit={box.onSubmit} className={FORM}>
      <div className={FIELD}>
        {/* Under the input's own tap area, so a tap on the icon is a tap on the field. */}
        <label
          htmlFor={SEARCH_INPUT_ID}
          className={`pointer-events-none absolute inset-y-0 left-0 grid w-9 place-items-center ${
            query ? 'text-muted max-md:group-not-focus-within/search:text-accent-ink' : 'text-muted'
          }`}
        >
          <Search aria-hidden="true" className="size-4" />
          <span className="sr-only">Search mail</span>
        </label>
        <input
          ref={box.inputRef}
          id={SEARCH_INPUT_ID}
          data-testid="search-input"
          type="text"
          role="combobox"
          aria-expanded={box.shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={box.active >= 0 ? searchOptionId(listId, box.active) : undefined}
          placeholder="Search mail"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={box.text}
          onChange={box.onTextChange}
          onSelect={box.onSelect}
          onKeyDown={box.onKeyDown}
          onFocus={box.onFocus}
          onBlur={box.onBlur}
          onClick={box.onReopen}
          className={INPUT}
        />
        {clearable ? (
          <button
            type="button"
            data-testid="search-clear"
            aria-label="Clear search"
            title="Clear search"
            // Keeps focus in the input: on a phone, losing it would fold the box away under the finger.
            onMouseDown={(event) => event.preventDefault()}
            onClick={box.onClearClick}
            className="absolute inset-y-0 right-0 grid w-9 place-items-center rounded-md text-muted hover:text-fg focus-ring-inset max-md:group-not-focus-within/search:hidden"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        ) : null}
        <SearchSuggestionList id={listId} hidden={!box.shown} options={box.options} active={box.active} onPick={box.pick} />
      </div>
    </form>
  );
}
