'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError, type ClientErrorCode } from '@/lib/client/api-error';

// Only failures that may pass on their own are worth repeating; a wrong session or a missing folder is not.
const TRANSIENT: ReadonlySet<ClientErrorCode> = new Set(['IMAP_UNAVAILABLE', 'IMAP_BUSY', 'INTERNAL', 'OFFLINE']);

function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && (!(error instanceof ApiError) || TRANSIENT.has(error.code));
}

/**
 * The react-query cache, in the root layout so the sign-in form can start loading the mail
 * before the mail pages render. Signing in and signing out both clear it, so one user's
 * mail never shows to the next one in the same tab.
 */
export function Providers({ children }: { children: ReactNode }) {
  // One client per mount (not per module), so two users of one server never share a cache.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
