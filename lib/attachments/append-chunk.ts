import 'server-only';
import { rename, stat, truncate } from 'node:fs/promises';
import { AppError } from '@/lib/errors/app-error';
import type { StagedAttachment, UploadProgress } from '@/lib/schemas/attachments';
import type { Account } from '@/lib/session/account';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { attachmentNotFound } from './attachment-errors';
import { isAttachmentId } from './attachment-id';
import { parseContentRange } from './content-range';
import { isMissing, readMeta } from './staged-meta';
import { ownerDir, stagedPaths } from './staging-dir';
import { lockAppend } from './staging-state';
import { writeRange } from './write-range';

export type ChunkResult = { complete: true; attachment: StagedAttachment } | { complete: false; progress: UploadProgress };

/**
 * PUT /api/attachments/uploads/:id: one chunk, in order (the protocol is in create-upload.ts).
 * Where the upload stands is the size of its `.part` file, so a chunk cut off mid-way by a
 * crash still counts what reached the disk, and the client resumes from the CONFLICT's offset.
 */
export async function appendChunk(
  account: Account,
  id: string,
  body: ReadableStream<Uint8Array>,
  headers: Headers,
  config: AttachmentConfig = attachmentConfig(),
): Promise<ChunkResult> {
  if (!isAttachmentId(id)) throw attachmentNotFound();
  const dir = ownerDir(config.dir, account);
  const unlock = lockAppend(dir, id);
  if (!unlock) throw new AppError('CONFLICT', 'Another chunk of this upload is still arriving.');
  try {
    const paths = stagedPaths(dir, id);
    const meta = await readMeta(paths.meta);
    const received = meta && (await stat(paths.part).then((s) => s.size, missingAsNull));
    if (!meta || received === null) {
      if (meta && (await stat(paths.data).catch(missingAsNull))) throw behind(meta.size, 'This upload is complete.');
      throw attachmentNotFound();
    }
    const range = parseContentRange(headers.get('content-range'));
    if (!range) throw new AppError('BAD_REQUEST', 'Each chunk needs `Content-Range: bytes start-end/size`.');
    if (range.total !== meta.size) throw new AppError('BAD_REQUEST', `The upload was declared as ${meta.size} bytes.`);
    const length = range.end - range.start + 1;
    if (length > config.chunkBytes) throw new AppError('PAYLOAD_TOO_LARGE', `Chunks can be at most ${config.chunkBytes} bytes.`);
    if (range.start !== received) throw behind(received, `The upload continues at byte ${received}.`);
    try {
      await writeRange(body, paths.part, range.start, length);
    } catch (error) {
      // The upload stays where it was; the client may send the chunk again.
      await truncate(paths.part, received).catch(() => undefined);
      throw error;
    }
    if (range.end + 1 < meta.size) return { complete: false, progress: { id, received: range.end + 1 } };
    await rename(paths.part, paths.data).catch((error: unknown) => {
      throw isMissing(error) ? attachmentNotFound() : error;
    });
    return { complete: true, attachment: { id, ...meta } };
  } finally {
    unlock();
  }
}

/** A CONFLICT that tells the client where to go on: a header, since the error envelope has no field for it. */
function behind(offset: number, message: string): AppError {
  return new AppError('CONFLICT', message, { headers: { 'Upload-Offset': String(offset) }, details: { offset } });
}

function missingAsNull(error: unknown): null {
  if (isMissing(error)) return null;
  throw error;
}
