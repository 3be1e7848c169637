'use client';

import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { LABEL_PALETTE, type LabelDefinition } from '@/lib/ui/labels';

/** The swatches' names, in LABEL_PALETTE's order, for screen readers and tooltips. */
const COLOR_NAMES = ['Red', 'Orange', 'Green', 'Blue', 'Purple', 'Teal', 'Pink', 'Lime', 'Amber', 'Slate'];

interface LabelEditorRowProps {
  label: LabelDefinition;
  /** Whether another label already has this name. */
  nameTaken: (name: string) => boolean;
  onChange: (label: LabelDefinition) => void;
  onDelete: () => void;
}

/** One label in the labels dialog: its colour (a swatch palette), its name (saved on Enter or leaving the field), delete. */
export function LabelEditorRow({ label, nameTaken, onChange, onDelete }: LabelEditorRowProps) {
  const [draft, setDraft] = useState(label.name);
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const commit = () => {
    const name = draft.trim();
    if (name === label.name) return setProblem(null);
    if (!name) return setProblem('A label needs a name.');
    if (nameTaken(name)) return setProblem('Another label has this name.');
    setProblem(null);
    onChange({ ...label, name });
  };

  return (
    <li data-testid="label-editor" data-keyword={label.keyword} className="border-b border-line py-2 last:border-b-0">
      <div className="flex items-center gap-2">
        <button
          type="button"
          aria-label={`Colour of ${label.name}`}
          aria-expanded={picking}
          data-testid="label-color"
          onClick={() => setPicking(!picking)}
          className="size-6 shrink-0 rounded-full border border-line-strong"
          style={{ backgroundColor: label.color }}
        />
        <input
          value={draft}
          maxLength={40}
          aria-label={`Name of the label ${label.keyword}`}
          aria-invalid={problem !== null}
          data-testid="label-name"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
          className="h-8 min-w-0 flex-1 rounded-md border border-line-strong bg-raised px-2 text-sm text-fg"
        />
        <code className="hidden max-w-24 truncate text-xs text-muted sm:block" title="The IMAP keyword on your messages">
          {label.keyword}
        </code>
        <button
          type="button"
          aria-label={`Delete the label ${label.name}`}
          data-testid="label-delete"
          onClick={onDelete}
          className="grid size-8 shrink-0 place-items-center rounded-md text-muted hover:bg-hover hover:text-danger"
        >
          <Trash2 aria-hidden="true" className="size-4" />
        </button>
      </div>
      {problem ? (
        <p role="alert" className="mt-1 ml-8 text-xs text-danger">
          {problem}
        </p>
      ) : null}
      {picking ? (
        <fieldset className="mt-2 ml-8 flex flex-wrap gap-1.5">
          <legend className="sr-only">Colour of {label.name}</legend>
          {LABEL_PALETTE.map((color, at) => (
            <label key={color} title={COLOR_NAMES[at]} className="relative">
              <input
                type="radio"
                name={`color-${label.keyword}`}
                aria-label={COLOR_NAMES[at]}
                data-testid="label-swatch"
                checked={color === label.color.toLowerCase()}
                onChange={() => onChange({ ...label, color })}
                className="peer absolute inset-0 opacity-0"
              />
              <span
                aria-hidden="true"
                className="block size-6 rounded-full border border-line-strong peer-checked:ring-2 peer-checked:ring-fg peer-checked:ring-offset-2 peer-checked:ring-offset-raised peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus"
                style={{ backgroundColor: color }}
              />
            </label>
          ))}
        </fieldset>
      ) : null}
    </li>
  );
}
