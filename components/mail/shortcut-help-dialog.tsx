'use client';

import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { allKeys, keyLabel, SHORTCUTS, type ShortcutGroup } from '@/lib/ui/shortcuts';
import { useSelection } from './selection-context';

const GROUPS: readonly ShortcutGroup[] = ['Navigate', 'Select', 'Organise', 'Write', 'Go to', 'Help'];

/** The `?` overlay: every shortcut, straight from the table the keys are handled by. Mounted open. */
export function ShortcutHelpDialog() {
  const { setMenu } = useSelection();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    // showModal gives the focus trap, Escape and the inert page behind for free.
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click is the mouse's Escape, which the modal dialog handles itself
    <dialog
      ref={dialogRef}
      data-testid="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onClose={() => setMenu(null)}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (event.target === event.currentTarget) setMenu(null);
      }}
      className="m-auto max-h-[min(40rem,calc(100dvh-2rem))] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-line bg-raised p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="shortcut-help-title" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <button
          type="button"
          aria-label="Close"
          onClick={() => setMenu(null)}
          className="rounded p-1 text-muted hover:bg-hover focus-ring-inset"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
      <div className="grid gap-x-8 gap-y-4 px-5 py-4 sm:grid-cols-2">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`} className="mb-1.5 text-xs font-semibold tracking-wide text-muted uppercase">
              {group}
            </h3>
            <dl className="space-y-1">
              {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                <div key={shortcut.id} data-testid="shortcut-entry" className="flex items-center justify-between gap-3 text-sm">
                  <dt>{shortcut.description}</dt>
                  <dd className="flex shrink-0 gap-1">
                    {allKeys(shortcut).map((key) => (
                      <kbd
                        key={key}
                        className="rounded border border-line-strong bg-surface px-1.5 py-0.5 font-mono text-xs text-fg"
                      >
                        {keyLabel(key)}
                      </kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
