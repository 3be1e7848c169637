import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PORTS } from '../harness/ports';
import { runtimeRoot } from '../imap/paths';

/**
 * The mail domain of the local servers: `.test` is reserved (RFC 2606), so no address of it
 * can ever exist anywhere else. The app's IDENTITY_DOMAIN defaults to it in the demo and tests.
 */
export const MAIL_DOMAIN = 'letterbox.test';

/** Mail to USER at either domain reaches Dovecot user USER; every other domain is refused or bounced. */
export const LOCAL_DOMAINS = [MAIL_DOMAIN, 'localhost'] as const;

/** The user Debian's postfix package creates: it owns the queue and Dovecot's sockets for Postfix. */
export const POSTFIX_USER = 'postfix';

export interface PostfixPaths {
  dir: string;
  /** Given to `postfix -c`: main.cf and master.cf, never /etc/postfix. */
  configDir: string;
  queueDir: string;
  dataDir: string;
  log: string;
  pidFile: string;
  /** Postfix's own socket directory, where the full Dovecot puts its sockets for Postfix too. */
  privateDir: string;
  smtpPort: number;
  submissionPort: number;
}

/**
 * Under the runtime root, as Dovecot's mail is (scripts/imap/paths.ts): Postfix's daemons run
 * as the postfix user and must reach their queue and data directories, which a clone under a
 * private home (/root is 0700) would not let them (measured on a clean clone: "open lock file
 * …/data/master.lock: Permission denied").
 */
export function postfixPaths(): PostfixPaths {
  const dir = resolve(runtimeRoot(), 'postfix');
  const queueDir = resolve(dir, 'queue');
  return {
    dir,
    configDir: resolve(dir, 'etc'),
    queueDir,
    dataDir: resolve(dir, 'data'),
    log: resolve(dir, 'postfix.log'),
    pidFile: resolve(queueDir, 'pid', 'master.pid'),
    privateDir: resolve(queueDir, 'private'),
    // Overridable like IMAP_PORT, so two checkouts on one machine can each run a Postfix.
    smtpPort: Number(process.env.SMTP_PORT_LISTEN ?? PORTS.smtp),
    submissionPort: Number(process.env.SMTP_SUBMISSION_PORT ?? PORTS.smtpSubmission),
  };
}

/**
 * Dovecot's sockets for Postfix, by name inside Postfix's `private/` directory. Postfix's
 * daemons work in their queue directory and reach them by these relative names, so they never
 * need to traverse the clone's parents (a clone under /root is mode 700).
 */
export const LMTP_SOCKET = 'dovecot-lmtp';
export const AUTH_SOCKET = 'dovecot-auth';

export interface DovecotForPostfix {
  /** Absolute paths, for dovecot.conf. */
  lmtpSocket: string;
  authSocket: string;
  user: string;
  uid: number;
  gid: number;
  privateDir: string;
}

/**
 * What the full Dovecot needs to serve Postfix, or undefined where Postfix cannot run: it needs
 * root (its queue belongs to the postfix user) and Debian's package (which creates that user).
 */
export function dovecotForPostfix(): DovecotForPostfix | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, POSTFIX_USER], { stdio: 'pipe' }).toString().trim());
  let uid: number;
  let gid: number;
  try {
    uid = id('-u');
    gid = id('-g');
  } catch {
    return undefined;
  }
  const { privateDir } = postfixPaths();
  return {
    lmtpSocket: resolve(privateDir, LMTP_SOCKET),
    authSocket: resolve(privateDir, AUTH_SOCKET),
    user: POSTFIX_USER,
    uid,
    gid,
    privateDir,
  };
}
