'use client';

import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useUpdateSettings } from '@/lib/client/use-settings';
import { keywordForName, type LabelDefinition, labelNamed, nextLabelColor } from '@/lib/ui/labels';

const NAME_MAX = 40;
const LABELS_MAX = 50;

interface NewLabelFormProps {
  /** Undefined until the settings have loaded: a label saved before would replace the stored ones. */
  labels: readonly LabelDefinition[] | undefined;
  /** Called with the label's keyword once it exists in the settings (or already did, by that name). */
  onCreated: (keyword: string) => void;
  onProblem: (message: string) => void;
}

/**
 * A label made from a name: its keyword as Thunderbird would make it (lib/ui/labels.ts), the
 * next unused colour, saved with the settings (on the server where it has METADATA). A name
 * that already exists applies that label instead of making a twin.
 */
export function NewLabelForm({ labels, onCreated, onProblem }: NewLabelFormProps) {
  const [name, setName] = useState('');
  const settings = useUpdateSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !labels) return;
    const existing = labelNamed(trimmed, labels);
    if (existing) {
      onCreated(existing.keyword);
    } else if (labels.length >= LABELS_MAX) {
      onProblem(`You already have ${LABELS_MAX} labels; delete one under Settings → Labels first.`);
      return;
    } else {
      const label = { keyword: keywordForName(trimmed, labels), name: trimmed, color: nextLabelColor(labels) };
      settings.change({ labels: [...labels, label] });
      onCreated(label.keyword);
    }
    setName('');
  };

  return (
    <form onSubmit={submit} className="flex items-center gap-1.5 border-t border-line p-2">
      <input
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={NAME_MAX}
        placeholder="New label"
        aria-label="New label name"
        data-testid="new-label-name"
        className="h-8 min-w-0 flex-1 rounded-md border border-line-strong bg-raised px-2 text-sm text-fg placeholder:text-muted"
      />
      <Button type="submit" size="sm" disabled={!name.trim() || !labels} data-testid="new-label-create">
        <Plus aria-hidden="true" className="size-4" />
        Create
      </Button>
    </form>
  );
}
