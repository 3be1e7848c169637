'use client';

import { X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { recipientLabel } from '@/lib/compose/parse-typed-addresses';
import type { AddressSuggestions, Recipient } from '@/lib/schemas/compose';
import { useAddressCombobox } from './use-address-combobox';

interface RecipientFieldProps {
  label: 'To' | 'Cc' | 'Bcc';
  value: Recipient[];
  onChange: (next: Recipient[]) => void;
  autoFocus?: boolean;
  testId: string;
}

/**
 * One address row of the compose panel: the chosen people as chips, then an input that turns
 * what is typed or pasted into more of them, with suggestions from recent mail. Only addresses
 * the send schema accepts become chips; the rest stay typed, with the reason under the row.
 */
export function RecipientField({ label, value, onChange, autoFocus = false, testId }: RecipientFieldProps) {
  const box = useAddressCombobox(value, onChange);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;

  return (
    <div data-testid={testId} className="border-b border-line px-3 py-1">
      <div className="flex items-start gap-2">
        <label htmlFor={`${id}-input`} className="w-8 shrink-0 py-1.5 text-sm text-muted">
          {label}
        </label>
        <div className="relative flex min-w-0 flex-1 flex-wrap items-center gap-1">
          {value.length > 0 ? (
            <ul aria-label={`Chosen for ${label}`} className="flex max-w-full min-w-0 flex-wrap gap-1">
              {value.map((recipient) => (
                <RecipientChip
                  key={recipient.address.toLowerCase()}
                  recipient={recipient}
                  onRemove={() => {
                    onChange(value.filter((other) => other !== recipient));
                    // The button goes with its chip; focus stays in the field rather than falling to the page.
                    inputRef.current?.focus();
                  }}
                />
              ))}
            </ul>
          ) : null}
          <input
            ref={inputRef}
            // biome-ignore lint/a11y/noAutofocus: a new message opens to be addressed; the panel asks for it only then
            autoFocus={autoFocus}
            id={`${id}-input`}
            data-testid={`${testId}-input`}
            type="text"
            role="combobox"
            aria-label={`${label} recipients`}
            aria-expanded={box.shown}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={box.shown && box.active >= 0 ? optionId(listId, box.active) : undefined}
            aria-invalid={box.problems.length > 0 || undefined}
            aria-describedby={box.problems.length > 0 ? errorId : undefined}
            inputMode="email"
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            value={box.text}
            onChange={(event) => box.onTextChange(event.target.value)}
            onKeyDown={box.onKeyDown}
            onPaste={box.onPaste}
            onBlur={box.onBlur}
            className="h-8 min-w-32 flex-1 bg-transparent text-sm text-fg"
          />
          <SuggestionList id={listId} hidden={!box.shown} options={box.candidates} active={box.active} onPick={box.pick} />
        </div>
      </div>
      {box.problems.length > 0 ? (
        <div id={errorId} role="alert" data-testid={`${testId}-error`} className="pb-1 ps-10 text-xs break-words text-danger">
          {box.problems.map((problem) => (
            <p key={problem.text}>
              {problem.text}: {problem.reason}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function RecipientChip({ recipient, onRemove }: { recipient: Recipient; onRemove: () => void }) {
  return (
    <li
      data-testid="recipient-chip"
      data-address={recipient.address}
      title={recipient.address}
      className="flex h-7 max-w-full min-w-0 items-center gap-0.5 rounded-full border border-line-strong bg-raised ps-2.5 text-sm text-fg"
    >
      <span className="truncate">{recipientLabel(recipient)}</span>
      <button
        type="button"
        data-testid="recipient-chip-remove"
        aria-label={`Remove ${recipient.address}`}
        onClick={onRemove}
        className="grid size-7 shrink-0 place-items-center rounded-full text-muted hover:bg-hover hover:text-fg"
      >
        <X aria-hidden="true" className="size-3.5" />
      </button>
    </li>
  );
}

type Suggestion = AddressSuggestions['addresses'][number];
type SuggestionListProps = {
  id: string;
  hidden: boolean;
  options: Suggestion[];
  active: number;
  onPick: (option: Suggestion) => void;
};
const optionId = (listId: string, index: number) => `${listId}-${index}`;

/** Always in the page, so the input's aria-controls names an element; hidden while closed. */
function SuggestionList({ id, hidden, options, active, onPick }: SuggestionListProps) {
  useEffect(() => {
    if (!hidden && active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView({ block: 'nearest' });
  }, [hidden, active, id]);

  return (
    <div
      id={id}
      role="listbox"
      aria-label="Suggested addresses"
      data-testid="address-suggestions"
      hidden={hidden}
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-y-auto rounded-md border border-line-strong bg-surface py-1 shadow-lg"
    >
      {(hidden ? [] : options).map((option, index) => (
        // Options are picked from the input's keys; a click must not take focus from it first.
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input owns the keyboard (aria-activedescendant)
        <div
          key={option.address}
          tabIndex={-1}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === active}
          data-testid="address-suggestion"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(option)}
          className="flex cursor-pointer flex-col px-3 py-1.5 hover:bg-hover aria-selected:bg-accent-soft aria-selected:text-accent-ink"
        >
          <span className="truncate text-sm">{option.name || option.address}</span>
          {option.name ? <span className="truncate text-xs text-muted">{option.address}</span> : null}
        </div>
      ))}
    </div>
  );
}
