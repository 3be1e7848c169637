import 'server-only';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissing, readMeta } from './staged-meta';
import { filesById } from './staging-dir';
import { stagingState } from './staging-state';

/**
 * What the account's folder holds or has promised, for its cap: finished uploads, the declared
 * size of unfinished chunked ones (reserved when they start), and the bytes so far of a
 * multipart upload another process is writing. This process's own multipart uploads are left
 * out: writingBytes() counts them as they grow.
 */
export async function stagedBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
  const writing = stagingState().writing.get(dir);
  let total = 0;
  for (const [id, files] of filesById(names)) {
    if (writing?.has(id)) continue;
    if (files.includes(`${id}.json`)) {
      total += (await readMeta(join(dir, `${id}.json`)))?.size ?? 0;
    } else if (files.includes(`${id}.part`)) {
      total += (await stat(join(dir, `${id}.part`)).catch(() => null))?.size ?? 0;
    }
  }
  return total;
}
