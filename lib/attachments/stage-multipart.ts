import 'server-only';
import { open, rename } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import type { Account } from '@/lib/session/account';
import { prepareAccountDir } from './account-dir';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { accountFull, fileTooLarge } from './attachment-errors';
import { newAttachmentId } from './attachment-id';
import { readOneFile } from './read-one-file';
import { stagedBytes } from './staged-bytes';
import { writeMeta } from './staged-meta';
import { removeStaged, stagedPaths } from './staging-dir';
import { trackWriting, writingBytes } from './staging-state';

/** Boundaries and part headers around the file: a form longer than the limit plus this cannot hold an allowed file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * POST /api/attachments: streams the form's one file to `<id>.part` under the account's folder,
 * then writes its metadata and renames it to `<id>.data`, so a half upload is never visible.
 * The size limit and the account's cap are checked on every chunk as it arrives (and against
 * Content-Length first, when the browser states one), never after the fact.
 */
export async function stageMultipart(
  account: Account,
  body: ReadableStream<Uint8Array>,
  headers: Headers,
  config: AttachmentConfig = attachmentConfig(),
): Promise<StagedAttachment> {
  const declared = Number(headers.get('content-length') ?? 0);
  if (declared > config.maxBytes + FORM_OVERHEAD) throw fileTooLarge(config);
  const dir = await prepareAccountDir(account, config);
  // Another upload of the account that finishes meanwhile moves from writingBytes to disk, which is
  // not read again: the cap can be passed by at most what finishes during this one.
  const before = await stagedBytes(dir);
  if (before >= config.accountMaxBytes) throw accountFull(config);
  const id = newAttachmentId();
  const paths = stagedPaths(dir, id);
  const writing = trackWriting(dir, id);
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      writing.set(size);
      done(before + writingBytes(dir) > config.accountMaxBytes ? accountFull(config) : null, chunk);
    },
  });
  try {
    const part = await readOneFile(body, {
      contentType: headers.get('content-type'),
      maxBytes: config.maxBytes,
      tooLarge: () => fileTooLarge(config),
      sink: async (data) => {
        // Opened here, not lazily by the stream, so a refusal's cleanup never races a late open.
        const file = await open(paths.part, 'wx', 0o600);
        try {
          await pipeline(data, count, file.createWriteStream());
        } finally {
          await file.close().catch(() => undefined);
        }
      },
    });
    const meta = { ...part, size };
    await writeMeta(paths.meta, meta);
    await rename(paths.part, paths.data);
    return { id, ...meta };
  } catch (error) {
    await removeStaged(paths);
    throw error;
  } finally {
    writing.done();
  }
}
