import 'server-only';
import type { Account } from '@/lib/session/account';
import type { AttachmentConfig } from './attachment-config';
import { ensurePrivateDir, ownerDir } from './staging-dir';
import { startSweeper, sweepDir } from './sweep-expired';

/** The account's folder, ready for a new upload: created 0700, its expired uploads gone so they do not count against its cap. */
export async function prepareAccountDir(account: Account, config: AttachmentConfig): Promise<string> {
  await ensurePrivateDir(config.dir);
  const dir = ownerDir(config.dir, account);
  await ensurePrivateDir(dir);
  startSweeper(config);
  await sweepDir(dir, config);
  return dir;
}
