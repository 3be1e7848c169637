'use client';

import { useEffect } from 'react';
import { dismissUndo, runUndo, useUndoOffer } from '@/lib/client/undo-store';
import { shortcutHint } from '@/lib/ui/shortcuts';

/** About as long as Gmail offers it: time to notice a slip, short enough not to linger. */
const OFFER_MS = 10_000;

/** "Archived 3 messages · Undo": the last change, undoable by the button or `z` for ten seconds. */
export function UndoToast() {
  const offer = useUndoOffer();

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => dismissUndo(offer.id), OFFER_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  if (!offer) return null;
  return (
    <div
      role="status"
      data-testid="undo-toast"
      className="fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-lg bg-fg px-4 py-2 text-sm text-surface shadow-lg"
    >
      <p>{offer.text}</p>
      <button
        type="button"
        data-testid="undo-button"
        title={`Undo (${shortcutHint('undo')})`}
        onClick={() => runUndo()}
        className="rounded px-1.5 py-0.5 font-semibold text-surface underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-surface"
      >
        Undo
      </button>
    </div>
  );
}
