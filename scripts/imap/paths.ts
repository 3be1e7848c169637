import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { PORTS } from '../harness/ports';

/** Project root: scripts/imap/ is two levels below it. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** Everything the local Dovecot writes lives here (git-ignored), never in /etc. */
export const dataDir = resolve(process.env.LETTERBOX_DATA_DIR ?? resolve(projectRoot, '.letterbox'));

/**
 * `spare` is configured as `full`: a restart test stops and starts it without disturbing the
 * others. `fts` is `full` with a full-text index (fts-config.ts). `nodict` is `full` without
 * the shared-mailbox dictionary: a server that never LISTs other users' folders.
 */
export type InstanceKind = 'full' | 'minimal' | 'spare' | 'fts' | 'nodict';

const INSTANCE_DIRS: Record<InstanceKind, string> = {
  full: 'dovecot',
  minimal: 'dovecot-minimal',
  spare: 'dovecot-spare',
  fts: 'dovecot-fts',
  nodict: 'dovecot-nodict',
};

export interface InstancePaths {
  kind: InstanceKind;
  name: string;
  dir: string;
  config: string;
  baseDir: string;
  stateDir: string;
  log: string;
  pidFile: string;
  rawlogDir: string;
  port: number;
}

export function instancePaths(kind: InstanceKind): InstancePaths {
  const dir = resolve(dataDir, INSTANCE_DIRS[kind]);
  const port = {
    full: Number(process.env.IMAP_PORT ?? PORTS.imap),
    minimal: Number(process.env.IMAP_MINIMAL_PORT ?? PORTS.imapMinimal),
    spare: Number(process.env.IMAP_SPARE_PORT ?? PORTS.imapSpare),
    fts: Number(process.env.IMAP_FTS_PORT ?? PORTS.imapFts),
    nodict: Number(process.env.IMAP_NODICT_PORT ?? PORTS.imapNoDict),
  }[kind];
  // Instance names keep two checkouts on one machine from sharing a base_dir or doveadm socket.
  const name = `letterbox-${kind}-${createHash('sha1').update(dataDir).digest('hex').slice(0, 8)}`;
  // The imap processes (as the mail owner) connect to sockets in base_dir: the fts instance's
  // indexer, and every instance's auth-userdb, through which bob's process looks up alice's home
  // for the shared namespace. So base_dir must be traversable as the mail owner: under the
  // runtime root (a clone under /root is not; measured: "Permission denied … missing +x perm: /root").
  const baseDir = resolve(runtimeRoot(), `${INSTANCE_DIRS[kind]}-run`);
  return {
    kind,
    name,
    dir,
    config: resolve(dir, 'dovecot.conf'),
    baseDir,
    stateDir: resolve(dir, 'state'),
    log: resolve(dir, 'dovecot.log'),
    pidFile: resolve(baseDir, 'master.pid'),
    rawlogDir: resolve(runtimeRoot(), 'rawlog', kind),
    port,
  };
}

/**
 * Every instance shares users and mail, so the minimal one serves the very same mailboxes.
 * One passwd-file per user: Dovecot re-reads a passwd-file at most once a second, so a
 * user appended to a shared file could be refused for up to a second after creation.
 */
export const usersDir = () => resolve(runtimeRoot(), 'users');
export const userPasswdFile = (user: string) => resolve(usersDir(), user);

export interface MailOwner {
  user: string;
  uid: number;
  gid: number;
}

/**
 * Dovecot refuses mail access as UID 0, so as root mail belongs to a dedicated
 * system user (created by install-system.sh); otherwise to whoever runs the script.
 */
export function mailOwner(): MailOwner {
  const uid = process.getuid?.() ?? 0;
  if (uid !== 0) return { user: execFileSync('id', ['-un']).toString().trim(), uid, gid: process.getgid?.() ?? uid };
  const read = (flag: string) => Number(execFileSync('id', [flag, 'letterbox']).toString().trim());
  return { user: 'letterbox', uid: read('-u'), gid: read('-g') };
}

/**
 * Dovecot's unprivileged processes (auth as `dovecot`, imap as the mail owner) read the
 * passwd-files and write mail, rawlogs and the shared-mailbox dict, so all of those live
 * where they can traverse every parent directory. A clone under /root (mode 700) is not
 * traversable: its runtime data then lives under /var/lib/letterbox/<hash of the clone>.
 */
let cachedRuntimeRoot: string | undefined;

export function runtimeRoot(): string {
  cachedRuntimeRoot ??= pickRuntimeRoot();
  return cachedRuntimeRoot;
}

function pickRuntimeRoot(): string {
  const owner = mailOwner();
  if (owner.uid === process.getuid?.()) return dataDir;
  try {
    // dataDir itself is created 0755 by the start script; its parents are the question.
    execFileSync('runuser', ['-u', owner.user, '--', 'test', '-x', dirname(dataDir)], { stdio: 'ignore' });
    return dataDir;
  } catch {
    return resolve('/var/lib/letterbox', createHash('sha1').update(dataDir).digest('hex').slice(0, 12));
  }
}

export const mailRoot = () => resolve(runtimeRoot(), 'mail');
export const userHome = (user: string) => resolve(mailRoot(), user);

/** Written by the imap processes (as the mail owner) when ACLs share a mailbox. */
export const sharedDictFile = () => resolve(runtimeRoot(), 'shared-dict', 'shared-mailboxes.db');
/**
 * Where Dovecot's mail processes (the mail owner) read Letterbox's push script from: a copy of
 * scripts/imap/letterbox-push.lua, since a clone under a home directory may not be traversable.
 */
export const pushScriptFile = () => resolve(runtimeRoot(), 'letterbox-push.lua');
/** The public namespace's Maildir (folders owned by nobody, RFC 2342 §5), shared by every instance. */
export const publicMailDir = () => resolve(runtimeRoot(), 'public');
export const userMaildir = (user: string) => resolve(userHome(user), 'Maildir');
