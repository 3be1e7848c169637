import { resolve } from 'node:path';
import { LOOPBACK, PORTS } from '../harness/ports';
import { dataDir, instancePaths, projectRoot } from '../imap/paths';
import { MAIL_DOMAIN, postfixPaths } from '../smtp/paths';

/** Its own port, apart from the e2e and integration suites', which may run at the same time. */
export const APP_PORT = PORTS.bench;
export const APP_URL = `http://${LOOPBACK}:${APP_PORT}`;
/** Chromium sends the Secure session cookie over plain http only to localhost (a secure context). */
export const BROWSER_URL = `http://localhost:${APP_PORT}`;
export const IMAP = { host: LOOPBACK, port: instancePaths('full').port };
/** The same mail behind a full-text index (scripts/imap/fts-config.ts), for the indexed search row. */
export const IMAP_FTS = { host: LOOPBACK, port: instancePaths('fts').port };
export const APP_LOG = resolve(dataDir, 'bench-logs', 'app.log');
export const RESULTS_DIR = resolve(projectRoot, 'bench', 'results');
export const MARKDOWN_FILE = resolve(projectRoot, 'docs', 'benchmark.md');

/** Loopback-only bench accounts: the password protects nothing but keeps the app's sign-in honest. */
export const PASSWORD = 'bench-password';

export interface BenchUser {
  user: string;
  count: number;
  /** Also seed the extra folders (Team Stuff, Sent, ...), as a real account has them. */
  folders: boolean;
}

export interface Mailboxes {
  /** The mailbox the API operations and most browser flows use. */
  main: BenchUser;
  /** The browser's scroll test. */
  scroll: BenchUser;
  /** The load run's accounts; its simulated users are separate sign-ins spread over them. */
  load: BenchUser[];
}

/**
 * Full: 100,000 messages (index 999 is the 20 MiB attachment), 5,000 for the scroll test.
 * Smoke: 1,200, the smallest count that still holds index 999, so every operation runs.
 * Load accounts carry their size in the name: the seeder refuses to refill a mailbox with
 * another count, so `--load-messages` of a new size gets new accounts rather than an error.
 */
export function mailboxes(smoke: boolean, load: { accounts: number; messages: number }): Mailboxes {
  const main = smoke
    ? { user: 'bench-smoke', count: 1200, folders: true }
    : { user: 'bench-100k', count: 100_000, folders: true };
  const scroll = smoke ? main : { user: 'bench-5k', count: 5000, folders: false };
  const size = load.messages % 1000 === 0 && load.messages > 0 ? `${load.messages / 1000}k` : String(load.messages);
  const accounts = Array.from({ length: load.accounts }, (_, i) => ({
    user: `bench-load-${size}-${i}`,
    count: load.messages,
    folders: true,
  }));
  return { main, scroll, load: accounts };
}

/** Like the integration suite's app, but every pool setting left at its default, as deployed. */
export function appEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    // The default level: every request's one log line is part of what a deployment pays.
    LOG_LEVEL: 'info',
    SESSION_SECRET: 'letterbox-bench-session-secret-0123456789',
    IMAP_HOST: IMAP.host,
    IMAP_PORT: String(IMAP.port),
    IMAP_TLS: 'false',
    SMTP_HOST: IMAP.host,
    SMTP_PORT: String(postfixPaths().submissionPort),
    SMTP_TLS: 'false',
    IDENTITY_DOMAIN: MAIL_DOMAIN,
  };
}
