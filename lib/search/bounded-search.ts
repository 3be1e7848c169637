import 'server-only';
import type { ImapFlow } from 'imapflow';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';

/**
 * Runs one search command with a deadline (SEARCH_TIMEOUT_MS) and the browser's abort signal.
 * IMAP has no way to cancel a command in flight (RFC 3501 §5.5), so ending one means closing
 * its connection: the server stops once it notices, and the pool never lends that connection
 * again. The AppError thrown is the work's verdict, not a connection loss to retry (pool.ts).
 */
export async function boundedSearch<T>(client: ImapFlow, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    const end = (error: AppError) => {
      client.close();
      reject(error);
    };
    timer = setTimeout(() => end(new AppError('SEARCH_TIMEOUT')), env().SEARCH_TIMEOUT_MS);
    onAbort = () => end(new AppError('SEARCH_TIMEOUT', 'The search was cancelled.'));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
