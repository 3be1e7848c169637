import 'server-only';
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Account } from '@/lib/session/account';
import { isAttachmentId } from './attachment-id';

/**
 * The account's folder under the store's root. Uploads belong to the account (user, host,
 * port), not the session, so every tab and device of it sees them and no other account can:
 * another account's id simply names no file in its own folder.
 */
export function ownerDir(root: string, { user, host, port }: Pick<Account, 'user' | 'host' | 'port'>): string {
  const key = createHash('sha256')
    .update(JSON.stringify([user, host.toLowerCase(), port]))
    .digest('base64url');
  return join(root, key);
}

/** One upload's files: metadata, the finished bytes, and the bytes while they arrive. */
export interface StagedPaths {
  meta: string;
  data: string;
  part: string;
}

export function stagedPaths(dir: string, id: string): StagedPaths {
  return { meta: join(dir, `${id}.json`), data: join(dir, `${id}.data`), part: join(dir, `${id}.part`) };
}

export async function removeStaged(paths: StagedPaths): Promise<void> {
  await Promise.all([paths.data, paths.part, paths.meta, `${paths.meta}.tmp`].map((path) => rm(path, { force: true })));
}

/** The store's files by upload id (the name up to its first dot); anything else in the folder is left alone. */
export function filesById(names: string[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const name of names) {
    const id = name.split('.')[0] ?? '';
    if (isAttachmentId(id)) byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  return byId;
}

/**
 * Creates a folder 0700, or checks one that exists: a symlink or a folder of another user
 * (planted at the predictable /tmp default before the first start) is refused, not trusted.
 */
export async function ensurePrivateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const stats = await lstat(path);
  if (!stats.isDirectory() || (process.getuid && stats.uid !== process.getuid())) {
    throw new Error(`The attachment folder ${path} is not a folder of this user.`);
  }
  if ((stats.mode & 0o077) !== 0) await chmod(path, 0o700);
}
