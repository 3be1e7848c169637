import { rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { instancePaths, userHome, userPasswdFile } from '../../../scripts/imap/paths';
import { listUsers } from '../../../scripts/imap/users';

export const E2E_USER_PREFIX = 'e2e-';

/**
 * Each run seeds a new ~9 MiB mailbox and keeps it afterwards, so a failure can be looked
 * at. Runs older than an hour are long finished (a run takes under a minute), so their
 * users go: passwd-file first, so Dovecot refuses the user before its mail disappears.
 */
export function pruneOldE2eUsers(maxAgeMs = 60 * 60 * 1000): number {
  const cutoff = Date.now() - maxAgeMs;
  let pruned = 0;
  for (const user of listUsers()) {
    if (!user.startsWith(E2E_USER_PREFIX)) continue;
    if (statSync(userPasswdFile(user)).mtimeMs > cutoff) continue;
    removeUser(user);
    pruned++;
  }
  return pruned;
}

/** A user's passwd-file first, so Dovecot refuses the user before its mail disappears; then its mail and rawlogs. */
export function removeUser(user: string): void {
  rmSync(userPasswdFile(user), { force: true });
  for (const dir of [
    userHome(user),
    ...(['full', 'minimal'] as const).map((kind) => resolve(instancePaths(kind).rawlogDir, user)),
  ]) {
    rmSync(dir, { recursive: true, force: true });
  }
}
