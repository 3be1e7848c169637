import 'server-only';
import { stat } from 'node:fs/promises';
import type { Account } from '@/lib/session/account';
import { type AttachmentConfig, attachmentConfig } from './attachment-config';
import { attachmentNotFound } from './attachment-errors';
import { isAttachmentId } from './attachment-id';
import { ownerDir, removeStaged, stagedPaths } from './staging-dir';

/** After a successful send: the uploads it used are removed. Ids that are already gone are skipped. */
export async function releaseStaged(
  account: Account,
  ids: string[],
  config: AttachmentConfig = attachmentConfig(),
): Promise<void> {
  const dir = ownerDir(config.dir, account);
  await Promise.all(ids.filter(isAttachmentId).map((id) => removeStaged(stagedPaths(dir, id))));
}

/** DELETE /api/attachments/:id: the compose view's remove button, finished or not; NOT_FOUND when there is nothing of this account's. */
export async function deleteStaged(account: Account, id: string, config: AttachmentConfig = attachmentConfig()): Promise<void> {
  if (!isAttachmentId(id)) throw attachmentNotFound();
  const paths = stagedPaths(ownerDir(config.dir, account), id);
  const found = await Promise.all(
    [paths.meta, paths.data, paths.part].map((path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!found.includes(true)) throw attachmentNotFound();
  await removeStaged(paths);
}
