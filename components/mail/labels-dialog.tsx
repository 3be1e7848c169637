'use client';

import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/ui/button';
import { useSettings, useUpdateSettings } from '@/lib/client/use-settings';
import { DEFAULT_SETTINGS } from '@/lib/schemas/values';
import type { LabelDefinition } from '@/lib/ui/labels';
import { LabelEditorRow } from './label-editor-row';

/**
 * The labels editor (the browser's modal dialog: focus trap, Escape, inert page behind),
 * mounted open. Rendered in the body: a modal shown from inside the settings popover would
 * close that popover and vanish with it.
 */
export function LabelsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { data } = useSettings();
  const labels = data?.settings.labels ?? DEFAULT_SETTINGS.labels;
  const update = useUpdateSettings();
  const save = (next: LabelDefinition[]) => update.change({ labels: next });

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  return createPortal(
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="labels-dialog-title"
      data-testid="labels-dialog"
      className="m-auto w-[28rem] max-w-[calc(100vw-1.5rem)] rounded-lg border border-line-strong bg-raised p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3">
        <h2 id="labels-dialog-title" className="text-base font-semibold">
          Labels
        </h2>
        <Button variant="ghost" size="icon" aria-label="Close" onClick={() => dialog.current?.close()}>
          <X aria-hidden="true" className="size-4" />
        </Button>
      </div>
      <ul className="max-h-[60vh] overflow-y-auto px-4">
        {labels.map((label, index) => (
          <LabelEditorRow
            key={label.keyword}
            label={label}
            nameTaken={(name) => labels.some((other, at) => at !== index && other.name.toLowerCase() === name.toLowerCase())}
            onChange={(changed) => save(labels.map((other, at) => (at === index ? changed : other)))}
            onDelete={() => save(labels.filter((_, at) => at !== index))}
          />
        ))}
      </ul>
      {labels.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No labels. Create one from a message's label menu.</p>
      ) : null}
      <p data-testid="labels-delete-note" className="border-t border-line px-4 py-3 text-xs text-muted">
        Deleting a label only removes its name and colour here. Messages keep the keyword on the mail server, and show it by the
        keyword itself until you take it off or make a label for it again.
      </p>
      {update.isError ? (
        <p role="alert" className="px-4 pb-3 text-xs text-danger">
          Couldn't save the change. Try again.
        </p>
      ) : null}
    </dialog>,
    document.body,
  );
}
