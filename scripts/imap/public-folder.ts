import { chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mailOwner, publicMailDir } from './paths';

const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/;
const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * A folder of the public namespace (`Public/<name>`, owned by nobody, RFC 2342 §5) with its
 * access list: a public folder has no owner who could SETACL it, so its first rights are
 * written where Dovecot's vfile ACL backend reads them, `dovecot-acl` in the folder's own
 * Maildir++ directory (`.name`). Users with `a` manage it from then on over IMAP.
 */
export function ensurePublicFolder(name: string, rights: Record<string, string>): void {
  if (!FOLDER_NAME.test(name)) throw new Error(`invalid public folder name: ${name}`);
  const owner = mailOwner();
  const dir = resolve(publicMailDir(), `.${name}`);
  for (const sub of ['', 'cur', 'new', 'tmp']) {
    mkdirSync(resolve(dir, sub), { recursive: true });
    chownSync(resolve(dir, sub), owner.uid, owner.gid);
  }
  const lines = Object.entries(rights).map(([user, letters]) => {
    if (!USER_NAME.test(user) || !/^[a-z]+$/.test(letters)) throw new Error(`invalid ACL entry: ${user} ${letters}`);
    return `user=${user} ${letters}\n`;
  });
  writeFileSync(resolve(dir, 'dovecot-acl'), lines.join(''));
  chownSync(resolve(dir, 'dovecot-acl'), owner.uid, owner.gid);
}
