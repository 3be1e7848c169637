import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { logger } from '@/lib/log/logger';
import type { AttachmentConfig } from './attachment-config';
import { isMissing } from './staged-meta';
import { filesById } from './staging-dir';
import { isBusy, stagingState } from './staging-state';

/** Whether an upload last written at `mtimeMs` has outlived ATTACHMENT_TTL_MS. */
export function isExpired(mtimeMs: number, config: AttachmentConfig): boolean {
  return config.now() - mtimeMs > config.ttlMs;
}

/**
 * Removes the uploads of one account folder that nothing has written for the TTL: finished
 * ones no send claimed, and abandoned halves (a closed tab, a crash). Returns how many.
 */
export async function sweepDir(dir: string, config: AttachmentConfig): Promise<number> {
  const names = await readdir(dir).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
  let removed = 0;
  for (const [id, files] of filesById(names)) {
    if (isBusy(dir, id)) continue;
    const times = await Promise.all(
      files.map((name) =>
        stat(join(dir, name)).then(
          (s) => s.mtimeMs,
          () => 0,
        ),
      ),
    );
    if (!isExpired(Math.max(...times), config)) continue;
    await Promise.all(files.map((name) => rm(join(dir, name), { force: true })));
    removed += 1;
  }
  return removed;
}

/** Every account folder under the root. Empty folders stay: removing one could race an upload creating its first file. */
export async function sweepAll(config: AttachmentConfig): Promise<number> {
  const entries = await readdir(config.dir, { withFileTypes: true }).catch((error: unknown) =>
    isMissing(error) ? [] : Promise.reject(error),
  );
  let removed = 0;
  for (const entry of entries) if (entry.isDirectory()) removed += await sweepDir(join(config.dir, entry.name), config);
  return removed;
}

/**
 * A timer per root, on globalThis, for accounts that never upload again; unref'd so it never
 * keeps the process alive. Uploads also sweep their own folder first (account-dir.ts).
 */
export function startSweeper(config: AttachmentConfig): void {
  const { sweepers } = stagingState();
  if (sweepers.has(config.dir)) return;
  const every = Math.min(Math.max(config.ttlMs / 4, 60_000), 15 * 60_000);
  const timer = setInterval(() => {
    sweepAll(config).catch((error: unknown) => logger().warn({ err: error }, 'attachment sweep failed'));
  }, every);
  timer.unref();
  sweepers.set(config.dir, timer);
}

export function stopSweepers(): void {
  const { sweepers } = stagingState();
  for (const timer of sweepers.values()) clearInterval(timer);
  sweepers.clear();
}
