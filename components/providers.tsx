'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from '@/lib/client/query-client';

/**
 * The react-query cache, in the mail layout: the mail pages' server-rendered data hydrates
 * into it (app/mail layouts). Only the signed-in pages use it, so the sign-in page loads
 * none of react-query's code. Signing in loads a new document and signing out clears the
 * cache and leaves the layout, so one user's mail never shows to the next one in the same tab.
 */
export function Providers({ children }: { children: ReactNode }) {
  // One client per mount (not per module), so two users of one server never share a cache.
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
