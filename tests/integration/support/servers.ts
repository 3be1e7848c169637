import { resolve } from 'node:path';
import { LOOPBACK, PORTS } from '../../../scripts/harness/ports';
import { dataDir, instancePaths } from '../../../scripts/imap/paths';
import { MAIL_DOMAIN, postfixPaths } from '../../../scripts/smtp/paths';
import { assertLoopback } from './loopback';

/** Where the integration suite's servers listen. Both Dovecot instances share users and mail. */
export const IMAP = { host: assertLoopback(LOOPBACK), port: instancePaths('full').port };
export const IMAP_MINIMAL = { host: IMAP.host, port: instancePaths('minimal').port };
/** The same users and mail behind a full-text index (scripts/imap/fts-config.ts). */
export const IMAP_FTS = { host: IMAP.host, port: instancePaths('fts').port };
export const APP_PORT = PORTS.integration;
export const APP_URL = `http://${assertLoopback(LOOPBACK)}:${APP_PORT}`;
export const APP_LOG = resolve(dataDir, 'test-logs', 'integration-app.log');

/** The app server's configuration for the suite: 127.0.0.3 is allowed but runs no IMAP server. */
export const APP_ENV = {
  NODE_ENV: 'production',
  NEXT_MANUAL_SIG_HANDLE: 'true',
  LOG_LEVEL: 'info',
  SESSION_SECRET: 'integration-tests-secret-0123456789abcdef',
  IMAP_HOST: IMAP.host,
  IMAP_PORT: String(IMAP.port),
  IMAP_TLS: 'false',
  IMAP_ALLOWED_HOSTS: 'localhost,127.0.0.3',
  IMAP_CONNECT_TIMEOUT_MS: '3000',
  IMAP_POOL_WAIT_MS: '30000',
  // The local Postfix's submission port (scripts/smtp), whose users are Dovecot's.
  SMTP_HOST: IMAP.host,
  SMTP_PORT: String(postfixPaths().submissionPort),
  SMTP_TLS: 'false',
  IDENTITY_DOMAIN: MAIL_DOMAIN,
  // Short windows so sign-in-limits.test.ts can see a limit end; the whole suite fails fewer
  // sign-ins from 127.0.0.1 within 4 s than the per-IP limit (Dovecot delays each by 2 s).
  SIGN_IN_WINDOW_S: '4',
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3',
  SIGN_IN_MAX_FAILURES_PER_IP: '6',
};
