import 'server-only';
import { rename, writeFile } from 'node:fs/promises';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import type { Account } from '@/lib/session/account';
import { prepareAccountDir } from './account-dir';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { accountFull, fileTooLarge } from './attachment-errors';
import { newAttachmentId } from './attachment-id';
import { attachmentContentType } from './content-type';
import { displayFilename } from './display-filename';
import { stagedBytes } from './staged-bytes';
import { writeMeta } from './staged-meta';
import { removeStaged, stagedPaths } from './staging-dir';

/**
 * Stages bytes the server already holds (an attachment of a draft being resumed) as if the user
 * had uploaded them: the same limits, the same names, the same atomic rename, so a send treats
 * them like any upload.
 */
export async function stageBytes(
  account: Account,
  file: { filename: string; contentType: string; bytes: Uint8Array },
  config: AttachmentConfig = attachmentConfig(),
): Promise<StagedAttachment> {
  if (file.bytes.byteLength > config.maxBytes) throw fileTooLarge(config);
  const dir = await prepareAccountDir(account, config);
  if ((await stagedBytes(dir)) + file.bytes.byteLength > config.accountMaxBytes) throw accountFull(config);
  const id = newAttachmentId();
  const paths = stagedPaths(dir, id);
  const meta = {
    filename: displayFilename(file.filename) ?? 'attachment',
    contentType: attachmentContentType(file.contentType),
    size: file.bytes.byteLength,
  };
  try {
    await writeFile(paths.part, file.bytes, { mode: 0o600, flag: 'wx' });
    await writeMeta(paths.meta, meta);
    await rename(paths.part, paths.data);
  } catch (error) {
    await removeStaged(paths);
    throw error;
  }
  return { id, ...meta };
}
