'use client';

import { useEffect } from 'react';
import { dismissUndo, runUndo, useUndoOffer } from '@/lib/client/undo-store';
import { shortcutHint } from '@/lib/ui/shortcuts';

/** About as long as Gmail offers it: time to notice a slip, short enough not to linger. */
const OFFER_MS = 10_000;

/**
 * "Archived 3 messages · Undo": the last change, undoable by the button or `z` for ten seconds.
 * Bottom left on wide screens, as Gmail's, clear of the compose view docked on the right; on
 * phones above the compose view's Send row; in both, above where the offline banner sits
 * (connection-banner.tsx), so the two never cover each other.
 */
export function UndoToast() {
  const offer = useUndoOffer();

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => dismissUndo(offer.id), offer.ms ?? OFFER_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  if (!offer) return null;
  return (
    <div
      role="status"
      data-testid="undo-toast"
      className="fixed inset-x-0 bottom-28 z-40 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-lg bg-fg px-4 py-2 text-sm text-surface shadow-lg md:right-auto md:bottom-16 md:left-4 md:mx-0"
    >
      <p>{offer.text}</p>
      {offer.undo ? (
        <button
          type="button"
          data-testid="undo-button"
          title={offer.action ?? `Undo (${shortcutHint('undo')})`}
          onClick={() => runUndo()}
          className="rounded px-1.5 py-0.5 font-semibold text-surface underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-surface"
        >
          {offer.action ?? 'Undo'}
        </button>
      ) : null}
    </div>
  );
}
