import { useSyncExternalStore } from 'react';

// Tailwind's lg breakpoint: from here the reading pane sits beside the list (mail-panes.tsx).
const WIDE = '(min-width: 1024px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the list and the reading pane are side by side; false on phones and narrow windows. */
export function useWideLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}
