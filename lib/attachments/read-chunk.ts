import 'server-only';
import { AppError } from '@/lib/errors/app-error';

/**
 * The next chunk of an upload. A client that goes away mid-upload errors the stream: that is
 * the client's doing, so it reads as BAD_REQUEST, not as a server failure in the log.
 *
 * Neither upload path ever cancels the body when it refuses one. In Next on Node, cancelling
 * destroys the request's socket before the 413 can be written; left unread, the rest waits in
 * bounded socket buffers and goes when the connection closes.
 */
export async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array | null> {
  try {
    const { done, value } = await reader.read();
    return done ? null : value;
  } catch (error) {
    throw new AppError('BAD_REQUEST', 'The upload was interrupted.', { cause: error });
  }
}
