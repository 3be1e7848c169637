import 'server-only';
import { AppError } from '@/lib/http/app-error';

/**
 * The one place imapflow failures become app error codes. imapflow throws errors with
 * a `code` for transport trouble, sets `authenticationFailed` on a refused login, and
 * reports NO/BAD as `responseStatus`; anything else is a bug and becomes INTERNAL.
 */
interface ImapFailure {
  code?: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  mailboxMissing?: boolean;
}

const CONNECTION_LOST = new Set(['NoConnection', 'EConnectionClosed', 'StateLogout', 'ETIMEOUT', 'ECONNRESET', 'EPIPE']);
const UNREACHABLE = new Set([
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
]);

function failure(error: unknown): ImapFailure {
  return typeof error === 'object' && error !== null ? (error as ImapFailure) : {};
}

/** A socket-level loss: the pool may retry the request once on a fresh connection. */
export function isConnectionLost(error: unknown): boolean {
  const code = failure(error).code;
  return code !== undefined && CONNECTION_LOST.has(code);
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const { code, authenticationFailed, serverResponseCode, mailboxMissing } = failure(error);
  if (authenticationFailed || serverResponseCode === 'AUTHENTICATIONFAILED') {
    return new AppError('AUTH_FAILED', undefined, { cause: error });
  }
  if (code && UNREACHABLE.has(code)) return new AppError('IMAP_UNAVAILABLE', undefined, { cause: error });
  if (isConnectionLost(error)) return new AppError('IMAP_BUSY', undefined, { cause: error });
  // RFC 5530 response codes say why a NO happened; NONEXISTENT is "the mailbox is gone".
  if (mailboxMissing || serverResponseCode === 'NONEXISTENT' || code === 'NotFound') {
    return new AppError('NOT_FOUND', undefined, { cause: error });
  }
  // RFC 5530: the message was expunged by another client while we asked for it.
  if (serverResponseCode === 'EXPUNGEISSUED') return new AppError('NOT_FOUND', undefined, { cause: error });
  // RFC 3516 §4.2: the server cannot undo this part's transfer encoding for FETCH BINARY.
  if (serverResponseCode === 'UNKNOWN-CTE') return new AppError('UNSUPPORTED', undefined, { cause: error });
  if (serverResponseCode === 'ALREADYEXISTS') return new AppError('CONFLICT', undefined, { cause: error });
  if (code === 'MissingServerExtension') return new AppError('UNSUPPORTED', undefined, { cause: error });
  if (serverResponseCode === 'NOPERM') return new AppError('FORBIDDEN', undefined, { cause: error });
  return new AppError('INTERNAL', undefined, { cause: error });
}
