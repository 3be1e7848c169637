import 'server-only';
import { open } from 'node:fs/promises';
import { AppError } from '@/lib/errors/app-error';
import { readChunk } from './read-chunk';

/**
 * Writes `body` into `path` from `offset`, exactly `length` bytes: each chunk is written before
 * the next is pulled, and pulling stops at the first byte past `length` (read-chunk.ts).
 */
export async function writeRange(body: ReadableStream<Uint8Array>, path: string, offset: number, length: number): Promise<void> {
  const file = await open(path, 'r+');
  const reader = body.getReader();
  let written = 0;
  try {
    for (let chunk = await readChunk(reader); chunk !== null; chunk = await readChunk(reader)) {
      if (written + chunk.byteLength > length) {
        throw new AppError('PAYLOAD_TOO_LARGE', `The chunk is longer than its Content-Range (${length} bytes).`);
      }
      await file.write(chunk, 0, chunk.byteLength, offset + written);
      written += chunk.byteLength;
    }
    if (written !== length) throw new AppError('BAD_REQUEST', `The chunk is shorter than its Content-Range (${length} bytes).`);
  } finally {
    reader.releaseLock();
    await file.close();
  }
}
