import 'server-only';
import { ImapFlow } from 'imapflow';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { toAppError } from './errors';

/**
 * imapflow logs every command at debug level, and a refused LOGIN at error level. What
 * matters reaches our log once, translated, from the route wrapper; imapflow's own lines
 * are kept at debug (through pino's redaction), never with command text at info or above.
 */
function imapLogger(user: string) {
  const log = logger().child({ component: 'imap', user });
  const debug = (entry: object) => log.debug(entry);
  // Without isLevelEnabled, imapflow formats every command and response for a log line that
  // is then dropped: about 2 ms of CPU per request (measured, scripts/bench).
  const isLevelEnabled = (level: string) => level !== 'trace' && log.isLevelEnabled('debug');
  return { trace: () => {}, debug, info: debug, warn: debug, error: debug, fatal: debug, isLevelEnabled };
}

/**
 * How long one IDLE lasts before imapflow ends it with DONE and starts the next. RFC 2177 §3
 * asks clients to re-issue IDLE at least every 29 minutes; NAT gateways and load balancers
 * drop a silent TCP connection much sooner, so a few minutes.
 */
export const WATCH_IDLE_MS = 4 * 60_000;

/**
 * Opens and authenticates one connection; failures arrive already translated to app codes.
 * `idle` makes a watcher connection: it enters IDLE (RFC 2177) as soon as a mailbox is
 * selected, so the server pushes EXISTS/EXPUNGE/FETCH at once; pooled connections never IDLE.
 */
export async function openConnection(account: Account, options: { idle?: boolean } = {}): Promise<ImapFlow> {
  const config = env();
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.tls === 'true',
    // 'false' means cleartext only (loopback); 'starttls' refuses to continue without TLS.
    doSTARTTLS: account.tls === 'starttls' ? true : account.tls === 'false' ? false : undefined,
    tls: { rejectUnauthorized: config.IMAP_TLS_REJECT_UNAUTHORIZED },
    auth: { user: account.user, pass: account.password },
    logger: imapLogger(account.user),
    // imapflow starts IDLE only 15 s after the last command by default; a watcher wants it at once.
    ...(options.idle ? { autoIdleDelay: 0, maxIdleTime: WATCH_IDLE_MS } : { disableAutoIdle: true }),
    // RFC 7162 §3.2.3: ENABLE QRESYNC where advertised (imapflow asks only then), so a
    // CHANGEDSINCE fetch also names the UIDs expunged meanwhile (lib/sync/changes-since.ts).
    // From then on the server reports expunges as VANISHED, which imapflow counts as EXPUNGE.
    qresync: true,
    connectionTimeout: config.IMAP_CONNECT_TIMEOUT_MS,
    greetingTimeout: config.IMAP_CONNECT_TIMEOUT_MS,
    // Longer than the pool's idle timeout, so the pool closes idle sockets first; longer than one
    // IDLE, so a quiet watcher is not taken for a dead one.
    socketTimeout: (options.idle ? WATCH_IDLE_MS : config.IMAP_POOL_IDLE_MS) + 60_000,
    clientInfo: { name: 'Letterbox', vendor: 'Letterbox', 'support-url': 'https://github.com/letterbox-mail/letterbox' },
  });
  // An 'error' event without a listener kills the process; the pool evicts on 'close'.
  client.on('error', (error: unknown) => logger().warn({ err: error, user: account.user }, 'imap connection error'));
  // connectionTimeout covers TCP and the greeting only; a server that then stalls on
  // LOGIN must not hang the sign-in either.
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    client.close();
  }, config.IMAP_CONNECT_TIMEOUT_MS);
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw timedOut ? new AppError('IMAP_UNAVAILABLE', undefined, { cause: error }) : toAppError(error);
  } finally {
    clearTimeout(deadline);
  }
}
