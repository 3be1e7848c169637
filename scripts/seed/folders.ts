/**
 * Which folders the seeder fills, and where each lives on disk.
 *
 * The Dovecot instance uses Maildir++ (`mail_location = maildir:~/Maildir`): INBOX is
 * the Maildir root itself, every other folder is a dot-directory directly below it,
 * with the IMAP hierarchy separator '/' stored as '.' and the name in IMAP modified
 * UTF-7 (RFC 3501 §5.1.3). Hence 'Team Stuff/Child' → '.Team Stuff.Child'.
 */
import { resolve } from 'node:path';

/** Decides what kind of mail a folder holds (see plan.ts). */
export type FolderStyle = 'inbox' | 'team' | 'intl' | 'sent' | 'archive';

export interface FolderDef {
  /** IMAP path with '/' as hierarchy separator. */
  path: string;
  style: FolderStyle;
  /** Fixed message count; INBOX takes the caller's count instead. */
  count?: number;
  /** Minutes between consecutive messages, and how far before the base date the folder starts. */
  spacing: number;
  offset: number;
}

/** INBOX first; the rest only when SeedOptions.folders is true. A child is listed after its parent. */
export const FOLDERS: readonly FolderDef[] = [
  { path: 'INBOX', style: 'inbox', spacing: 1, offset: 0 },
  { path: 'Team Stuff', style: 'team', count: 40, spacing: 180, offset: 17 },
  { path: 'Team Stuff/Child', style: 'team', count: 12, spacing: 600, offset: 95 },
  { path: 'Données clients', style: 'intl', count: 15, spacing: 540, offset: 43 },
  { path: 'Приходящие', style: 'intl', count: 8, spacing: 1440, offset: 250 },
  { path: 'Sent', style: 'sent', count: 20, spacing: 300, offset: 7 },
  { path: 'Archive', style: 'archive', count: 30, spacing: 1440, offset: 60 * 24 * 90 },
];

export function folderDef(path: string): FolderDef {
  const def = FOLDERS.find((f) => f.path === path);
  if (!def) throw new Error(`unknown seed folder: ${path}`);
  return def;
}

/** RFC 3501 §5.1.3 modified BASE64: RFC 2045 base64 with ',' for '/', no padding. */
function modifiedBase64(units: number[]): string {
  const bytes = Buffer.alloc(units.length * 2);
  units.forEach((u, i) => {
    bytes.writeUInt16BE(u, i * 2);
  });
  return bytes.toString('base64').replace(/=+$/, '').replace(/\//g, ',');
}

/**
 * Encodes a mailbox name in IMAP modified UTF-7 (RFC 3501 §5.1.3): printable ASCII
 * stands for itself except '&', written '&-'; runs of other characters become
 * '&' + modified BASE64 of their UTF-16BE code units + '-'.
 */
export function toModifiedUtf7(name: string): string {
  let out = '';
  let run: number[] = [];
  const flush = () => {
    if (run.length) out += `&${modifiedBase64(run)}-`;
    run = [];
  };
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) {
      flush();
      out += unit === 0x26 ? '&-' : name[i];
    } else {
      run.push(unit);
    }
  }
  flush();
  return out;
}

/**
 * The folder's directory under the Maildir root. Maildir++ reserves '.' as its own
 * separator, so a '.' inside a name cannot be stored and is rejected, as is '/' at
 * either end or doubled (an empty hierarchy level).
 */
export function maildirFolderDir(maildir: string, path: string): string {
  if (path === 'INBOX') return maildir;
  const levels = path.split('/');
  if (levels.some((l) => l === '' || l.includes('.'))) throw new Error(`folder name not storable in Maildir++: ${path}`);
  return resolve(maildir, `.${levels.map(toModifiedUtf7).join('.')}`);
}
