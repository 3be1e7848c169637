'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { FirstUrlContext, urlChanged } from '@/lib/client/url-store';

/**
 * The one subscriber to Next's URL under /mail. It gives useUrlValue the first URL (for the
 * server render and hydration) and passes on the URL changes the navigation helpers do not
 * make (a Link, the router). Its children come from the server, so its re-renders stop here.
 */
export function UrlSync({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [first] = useState(() => ({ pathname, search: search ? `?${search}` : '' }));
  // After every render, i.e. every URL change: a layout effect, as Next writes the new URL into
  // history in an insertion effect of the same commit. Readers whose value is unchanged stay as they are.
  useLayoutEffect(() => {
    urlChanged();
  });
  return <FirstUrlContext.Provider value={first}>{children}</FirstUrlContext.Provider>;
}
