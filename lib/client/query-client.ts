import { QueryClient } from '@tanstack/react-query';
import { ApiError, type ClientErrorCode } from './api-error';
import { registerOperations } from './mutations';

// Only failures that may pass on their own are worth repeating; a wrong session or a missing folder is not.
const TRANSIENT: ReadonlySet<ClientErrorCode> = new Set(['IMAP_UNAVAILABLE', 'IMAP_BUSY', 'INTERNAL', 'OFFLINE']);

function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && (!(error instanceof ApiError) || TRANSIENT.has(error.code));
}

/** The app's query client: its retry policy for reads, and every operation's mutation defaults. */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry } } });
  registerOperations(client);
  return client;
}
