'use client';

import { createContext, useContext, useSyncExternalStore } from 'react';

/** What a reader of the URL looks at: `window.location` in the browser, the first URL while rendering on the server. */
export interface UrlParts {
  pathname: string;
  search: string;
}

/**
 * The URL as the page was first drawn (UrlSync provides it): the snapshot for the server
 * render and hydration, where there is no `window.location` to read.
 */
export const FirstUrlContext = createContext<UrlParts>({ pathname: '', search: '' });

const listeners = new Set<() => void>();

/**
 * Tells every reader that the URL may have changed. The navigation helpers call it after each
 * history change; UrlSync calls it after Next's router moved the URL by other means (a Link).
 */
export function urlChanged(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * One value read from the URL, e.g. the open message's id. usePathname and useSearchParams
 * re-render their reader on every URL change, and in a transition: opening a message redrew
 * the folder view, the list and the folder tree in 5 ms slices. A reader here re-renders only
 * when its own value changes, at once. `read` must return a primitive (compared with Object.is).
 */
export function useUrlValue<T extends string | null>(read: (url: UrlParts) => T): T {
  const first = useContext(FirstUrlContext);
  return useSyncExternalStore(
    subscribe,
    () => read(window.location),
    () => read(first),
  );
}
