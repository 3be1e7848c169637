import 'server-only';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

/** What the metadata file beside an upload's bytes holds; `size` is the declared size while a chunked upload is unfinished. */
const StagedMeta = z.object({
  filename: z.string(),
  size: z.number().int().min(0),
  contentType: z.string(),
});
export type StagedMeta = z.infer<typeof StagedMeta>;

/** Null when there is none, or when it is unreadable (a crash mid-write): either way the upload is gone. */
export async function readMeta(path: string): Promise<StagedMeta | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    return StagedMeta.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Written beside, then renamed over: a reader sees the old file or the new one, never half of one. */
export async function writeMeta(path: string, meta: StagedMeta): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(meta), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
