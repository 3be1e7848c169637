'use client';

import { type FormEvent, type KeyboardEvent, type SyntheticEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { browserStorage } from '@/lib/client/browser-storage';
import { readRecentSearches, saveRecentSearch } from '@/lib/ui/recent-searches';
import { applySuggestion, type SearchSuggestion, searchSuggestions } from '@/lib/ui/search-suggestions';
import type { SearchBoxProps } from './search-box';

export type SearchOption = { kind: 'recent'; query: string } | { kind: 'operator'; suggestion: SearchSuggestion };

/**
 * The keyboard and state of the search box (the WAI-ARIA APG combobox with list
 * autocompletion): recent searches while it is empty, completions of the operator under the
 * caret while typing. Escape closes the list first, then leaves the search.
 */
export function useSearchCombobox({ query, onSearch, onClear, labels, folders, historyOwner }: SearchBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);
  const [caret, setCaret] = useState(query.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>([]);
  // The URL's query wins whenever it changes (a search, Back, a link), set while rendering rather than in an effect.
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    setShownQuery(query);
    setText(query);
    setCaret(query.length);
    setOpen(false);
    setActive(-1);
  }

  const options: SearchOption[] =
    text.trim() === ''
      ? recent.map((entry) => ({ kind: 'recent', query: entry }))
      : searchSuggestions(text, caret, { labels, folders }).map((suggestion) => ({ kind: 'operator', suggestion }));
  const shown = open && options.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const clear = () => {
    setText('');
    setCaret(0);
    close();
    onClear();
  };

  const submit = (typed: string) => {
    const trimmed = typed.trim();
    if (trimmed === '') {
      // Searching for nothing is leaving the search; with none active there is nothing to leave.
      if (query !== '') clear();
      return;
    }
    close();
    setText(trimmed);
    setRecent(saveRecentSearch(trimmed, browserStorage(), historyOwner));
    onSearch(trimmed);
    // Off the field, so a phone's keyboard folds away from the results and j/k reach the list.
    inputRef.current?.blur();
  };

  const pick = (option: SearchOption) => {
    if (option.kind === 'recent') return submit(option.query);
    const next = applySuggestion(text, caret, option.suggestion);
    // Committed now, so the caret can be put after the completion rather than left at the end by React.
    flushSync(() => {
      setText(next.query);
      setCaret(next.caret);
      setOpen(true);
      setActive(-1);
    });
    inputRef.current?.setSelectionRange(next.caret, next.caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const { key } = event;
    const current = shown ? options[active] : undefined;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && options.length > 0) {
      event.preventDefault();
      const count = options.length;
      const from = current ? active : key === 'ArrowDown' ? -1 : count;
      setActive((from + (key === 'ArrowDown' ? 1 : -1) + count) % count);
      setOpen(true);
    } else if (key === 'Enter' && current) {
      event.preventDefault();
      pick(current);
    } else if (key === 'Tab' && !event.shiftKey && shown) {
      // Tab completes, as in a shell: the active option, else the first completion (never a recent search, which would run).
      const first = options[0]?.kind === 'operator' ? options[0] : undefined;
      const option = current ?? first;
      if (option) {
        event.preventDefault();
        pick(option);
      }
    } else if (key === 'Escape') {
      // The box's own, not the mail shortcuts' (Escape there goes back to the list); they share React's node, the document.
      event.preventDefault();
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      if (shown) return close();
      clear();
      inputRef.current?.blur();
    }
  };

  const onTextChange = (event: FormEvent<HTMLInputElement>) => {
    setText(event.currentTarget.value);
    setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);
    setOpen(true);
    setActive(-1);
  };

  /** A moved caret may be in another token: its completions replace the list, with none active. */
  const onSelect = (event: SyntheticEvent<HTMLInputElement>) => {
    const at = event.currentTarget.selectionStart ?? text.length;
    if (at === caret) return;
    setCaret(at);
    setActive(-1);
  };

  const onFocus = () => {
    // Read on focus, not while rendering: the server has no storage, and another tab may have searched since.
    setRecent(readRecentSearches(browserStorage(), historyOwner));
    setOpen(true);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(text);
  };

  const onClearClick = () => {
    // Focus stays in the box for the next search (the button goes with the text), with the list closed: × is not a request for it.
    inputRef.current?.focus();
    clear();
  };

  return {
    inputRef,
    text,
    options,
    shown,
    active: shown && options[active] ? active : -1,
    pick,
    onKeyDown,
    onTextChange,
    onSelect,
    onFocus,
    onBlur: close,
    onReopen: () => setOpen(true),
    onSubmit,
    onClearClick,
  };
}
