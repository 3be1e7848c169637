import 'server-only';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import type { Account } from '@/lib/session/account';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { attachmentNotFound } from './attachment-errors';
import { isAttachmentId } from './attachment-id';
import { isMissing, readMeta } from './staged-meta';
import { ownerDir, stagedPaths } from './staging-dir';
import { isExpired } from './sweep-expired';

export interface StagedFile extends StagedAttachment {
  /** The bytes, read from disk as the consumer pulls them. */
  stream(): Readable;
}

/**
 * A finished upload of this account, for the send path; NOT_FOUND when it is another
 * account's, unfinished, expired (even if not yet swept) or gone. Call `stream()` before
 * releasing it: the file is read from its path.
 */
export async function openStaged(
  account: Account,
  id: string,
  config: AttachmentConfig = attachmentConfig(),
): Promise<StagedFile> {
  if (!isAttachmentId(id)) throw attachmentNotFound();
  const paths = stagedPaths(ownerDir(config.dir, account), id);
  const meta = await readMeta(paths.meta);
  const data = meta
    ? await stat(paths.data).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      })
    : null;
  if (!meta || !data || data.size !== meta.size || isExpired(data.mtimeMs, config)) throw attachmentNotFound();
  return { id, ...meta, stream: () => createReadStream(paths.data) };
}
