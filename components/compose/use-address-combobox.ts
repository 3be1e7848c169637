'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ClipboardEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';
import { endsInQuotes, parseTypedAddresses, sameAddress } from '@/lib/compose/parse-typed-addresses';
import type { AddressSuggestions, Recipient } from '@/lib/schemas/compose';
import { recipientProblem } from '@/lib/schemas/recipient-rules';

type Suggestion = AddressSuggestions['addresses'][number];
type Problem = { text: string; reason: string };

/** Long enough to skip the keystrokes of a fast typist, short enough to feel immediate. */
const DEBOUNCE_MS = 150;
/** Asked for a few more than are shown, as the ones already chosen are left out. */
const FETCHED = 12;
const SHOWN = 8;

/**
 * The keyboard and commit logic of one address field (the WAI-ARIA APG combobox with list
 * autocompletion): what was typed becomes chips at a separator, Enter, Tab, blur or paste;
 * arrows walk the suggestions; Escape closes them without closing the compose panel.
 */
export function useAddressCombobox(value: Recipient[], onChange: (next: Recipient[]) => void) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const found = useSuggestions(text.trim());
  const candidates = text.trim() ? found.filter((s) => !value.some((r) => sameAddress(r, s))).slice(0, SHOWN) : [];
  const shown = open && candidates.length > 0;

  const settle = (added: Recipient[], refused: Problem[], left: string) => {
    const fresh = added.filter((recipient) => !value.some((chosen) => sameAddress(chosen, recipient)));
    if (fresh.length > 0) onChange([...value, ...fresh]);
    setText(left);
    setProblems(refused);
    setOpen(false);
    setActive(-1);
  };

  const commit = (typed: string) => {
    const { recipients, invalid } = parseTypedAddresses(typed);
    // An <input> holds one line: a refused entry's line breaks are shown as spaces.
    settle(recipients, invalid, invalid.map((entry) => entry.text.replace(/[\r\n]+/g, ' ')).join(', '));
  };

  const pick = (suggestion: Suggestion) => {
    // Names come from received mail: one that is itself an address is dropped, not shown as the chip.
    const name = suggestion.name && !suggestion.name.includes('@') ? suggestion.name : undefined;
    const recipient: Recipient = name ? { name, address: suggestion.address } : { address: suggestion.address };
    const problem = recipientProblem(recipient);
    if (problem === null) settle([recipient], [], '');
    else settle([], [{ text: suggestion.address, reason: problem }], text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const typed = text.trim() !== '';
    const { key } = event;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && candidates.length > 0) {
      event.preventDefault();
      const count = candidates.length;
      const from = shown && active >= 0 ? active : key === 'ArrowDown' ? -1 : count;
      setActive((from + (key === 'ArrowDown' ? 1 : -1) + count) % count);
      setOpen(true);
    } else if (key === 'Enter' && shown && candidates[active]) {
      event.preventDefault();
      pick(candidates[active]);
    } else if (key === 'Enter' && typed) {
      event.preventDefault();
      commit(text);
    } else if (key === 'Tab' && typed) {
      // Focus moves on as usual: holding it here on a refusal would trap keyboard users.
      commit(text);
    } else if ((key === ',' || key === ';') && !endsInQuotes(text)) {
      event.preventDefault();
      if (typed) commit(text);
    } else if (key === 'Backspace' && text === '' && value.length > 0 && !event.repeat) {
      onChange(value.slice(0, -1));
    } else if (key === 'Escape' && shown) {
      // Only while the list is open: then Escape is the list's, not the compose panel's. The
      // page's own listeners share React's node (the document), hence the immediate stop.
      event.preventDefault();
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    // A pasted name without an address is left to autocomplete; anything with one is read now,
    // line breaks included (the input itself would drop them and join two lines into one).
    if (!pasted.includes('@')) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? text.length;
    commit(text.slice(0, start) + pasted + text.slice(input.selectionEnd ?? start));
  };

  const onTextChange = (next: string) => {
    setText(next);
    setProblems([]);
    setOpen(true);
    setActive(-1);
  };

  const onBlur = () => {
    if (text.trim()) commit(text);
    else setOpen(false);
  };

  return { text, problems, candidates, shown, active, onTextChange, onKeyDown, onPaste, onBlur, pick };
}

/**
 * People from recent mail for what was typed, after a pause. A failed lookup shows no list: the
 * field works without it. The previous list stays up while the next loads, so it does not flicker.
 */
function useSuggestions(typed: string): Suggestion[] {
  const [q, setQ] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const query = useQuery({
    queryKey: queryKeys.addresses(q),
    queryFn: ({ signal }) => api.suggestAddresses(q, FETCHED, signal),
    enabled: q !== '',
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
  return query.data?.addresses ?? [];
}
