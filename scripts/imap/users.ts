import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { instancePaths, mailOwner, userHome, userPasswdFile, usersDir } from './paths';

const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Users known to the local Dovecot's passwd-file. */
export function listUsers(): string[] {
  return existsSync(usersDir()) ? readdirSync(usersDir()).filter((name) => USER_NAME.test(name)) : [];
}

/**
 * Creates or updates a user's passwd-file and prepares the directories the
 * mail processes write as the mail owner: home and one rawlog folder per instance.
 * Dovecot's SHA256 scheme (base64 of the digest) keeps clear passwords off disk.
 */
export function ensureUser(user: string, password: string): void {
  if (!USER_NAME.test(user)) throw new Error(`invalid user name: ${user}`);
  mkdirSync(usersDir(), { recursive: true });
  const hash = createHash('sha256').update(password).digest('base64');
  writeFileSync(userPasswdFile(user), `${user}:{SHA256}${hash}::::::\n`, { mode: 0o644 });
  const owner = mailOwner();
  const dirs = [userHome(user), ...(['full', 'minimal'] as const).map((kind) => resolve(instancePaths(kind).rawlogDir, user))];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, owner.uid, owner.gid);
  }
}
