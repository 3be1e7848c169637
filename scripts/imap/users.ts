import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { instancePaths, mailOwner, userHome, userPasswdFile, usersDir } from './paths';

const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Users known to the local Dovecot's passwd-file. */
export function listUsers(): string[] {
  return existsSync(usersDir()) ? readdirSync(usersDir()).filter((name) => USER_NAME.test(name)) : [];
}

/** A userdb field name and value: no separators of the passwd-file line (space, colon, newline). */
const USERDB_FIELD = /^[A-Za-z0-9_/.-]{1,120}$/;

/**
 * Creates or updates a user's passwd-file and prepares the directories the
 * mail processes write as the mail owner: home and one rawlog folder per instance.
 * Dovecot's SHA256 scheme (base64 of the digest) keeps clear passwords off disk.
 *
 * `userdbFields` override settings for this user only, e.g.
 * `{ 'namespace/inbox/mailbox/Archive/auto': 'no' }` for an account without an Archive
 * folder. They go into the line's extra fields with the `userdb_` prefix, which the
 * passwd-file userdb strips (measured with `doveadm user`: without it the field is ignored).
 */
export function ensureUser(user: string, password: string, userdbFields: Record<string, string> = {}): void {
  if (!USER_NAME.test(user)) throw new Error(`invalid user name: ${user}`);
  const extra = Object.entries(userdbFields).map(([name, value]) => {
    if (!USERDB_FIELD.test(name) || !USERDB_FIELD.test(value)) throw new Error(`invalid userdb field: ${name}=${value}`);
    return `userdb_${name}=${value}`;
  });
  mkdirSync(usersDir(), { recursive: true });
  const hash = createHash('sha256').update(password).digest('base64');
  writeFileSync(userPasswdFile(user), `${user}:{SHA256}${hash}::::::${extra.join(' ')}\n`, { mode: 0o644 });
  const owner = mailOwner();
  const dirs = [
    userHome(user),
    ...(['full', 'minimal', 'fts', 'nodict'] as const).map((kind) => resolve(instancePaths(kind).rawlogDir, user)),
  ];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, owner.uid, owner.gid);
  }
}
