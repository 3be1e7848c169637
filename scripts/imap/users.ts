import { createHash } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { instancePaths, mailOwner, userHome, usersFile } from './paths';

const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Users known to the local Dovecot's passwd-file. */
export function listUsers(): string[] {
  if (!existsSync(usersFile)) return [];
  return readFileSync(usersFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(0, line.indexOf(':')));
}

/**
 * Adds a user to the passwd-file (idempotent) and prepares the directories the
 * mail processes write as the mail owner: home and one rawlog folder per instance.
 * Dovecot's SHA256 scheme (base64 of the digest) keeps clear passwords off disk.
 */
export function ensureUser(user: string, password: string): void {
  if (!USER_NAME.test(user)) throw new Error(`invalid user name: ${user}`);
  if (!listUsers().includes(user)) {
    const hash = createHash('sha256').update(password).digest('base64');
    // One short O_APPEND write per user, so parallel test workers never interleave lines.
    appendFileSync(usersFile, `${user}:{SHA256}${hash}::::::\n`, { mode: 0o644 });
  }
  const owner = mailOwner();
  const dirs = [userHome(user), ...(['full', 'minimal'] as const).map((kind) => resolve(instancePaths(kind).rawlogDir, user))];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, owner.uid, owner.gid);
  }
}
