import 'server-only';
import { writeFile } from 'node:fs/promises';
import { AppError } from '@/lib/errors/app-error';
import type { CreateUploadRequest, CreateUploadResponse } from '@/lib/schemas/attachments';
import type { Account } from '@/lib/session/account';
import { prepareAccountDir } from './account-dir';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { accountFull, fileTooLarge } from './attachment-errors';
import { newAttachmentId } from './attachment-id';
import { attachmentContentType } from './content-type';
import { displayFilename } from './display-filename';
import { stagedBytes } from './staged-bytes';
import { writeMeta } from './staged-meta';
import { stagedPaths } from './staging-dir';
import { writingBytes } from './staging-state';

/**
 * Chunked uploads, for hosts that cap request bodies (Vercel: 4.5 MB), used by the client for
 * files above ~4 MB:
 *
 *   POST /api/attachments/uploads  { filename, size, contentType? }  → 201 { id, chunkBytes }
 *     `size` is checked against the limit and the account's room here, and reserved.
 *   PUT /api/attachments/uploads/:id  raw bytes, `Content-Range: bytes start-end/size`, in order,
 *     each at most chunkBytes → 200 { id, received }; the last → 201 { id, filename, size, contentType }.
 *     A chunk that does not start where the upload stands → 409 CONFLICT with `Upload-Offset: n`
 *     (also how a client resumes after a lost response); a body longer than its range → 413,
 *     shorter → 400, and the upload stays where it was.
 *   DELETE /api/attachments/:id abandons it; the sweeper removes it after ATTACHMENT_TTL_MS idle.
 *
 * The id is the attachment's once complete; until then openStaged answers NOT_FOUND.
 */
export async function createUpload(
  account: Account,
  request: CreateUploadRequest,
  config: AttachmentConfig = attachmentConfig(),
): Promise<CreateUploadResponse> {
  if (request.size > config.maxBytes) throw fileTooLarge(config);
  const filename = displayFilename(request.filename);
  if (filename === null) throw new AppError('BAD_REQUEST', 'The file has no name.');
  const dir = await prepareAccountDir(account, config);
  if ((await stagedBytes(dir)) + writingBytes(dir) + request.size > config.accountMaxBytes) throw accountFull(config);
  const id = newAttachmentId();
  const paths = stagedPaths(dir, id);
  await writeFile(paths.part, new Uint8Array(), { flag: 'wx', mode: 0o600 });
  await writeMeta(paths.meta, { filename, size: request.size, contentType: attachmentContentType(request.contentType) });
  return { id, chunkBytes: config.chunkBytes };
}
