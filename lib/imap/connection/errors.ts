import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { ErrorCode } from '@/lib/errors/codes';

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
  /** The tagged NO/BAD as parsed, before imapflow's command modules turn it into text. */
  response?: unknown;
  /** The human-readable text of the tagged NO/BAD, as imapflow's command modules keep it. */
  responseText?: unknown;
  responseStatus?: unknown;
  /** The command line the NO/BAD answered, with its tag ("B SELECT Parent"). */
  executedCommand?: unknown;
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

/**
 * The response code of a NO/BAD (RFC 3501 §7.1: `tag NO [CODE] text`). imapflow lifts it
 * into `serverResponseCode` only in its own command modules; its internal exec() rejects
 * with the parsed response, where the code is the first attribute: an empty atom whose
 * section holds the code's name. raw-command.ts lifts it too; this reads either.
 */
function responseCode({ serverResponseCode, response }: ImapFailure): string | undefined {
  if (serverResponseCode) return serverResponseCode.toUpperCase();
  if (typeof response !== 'object' || response === null) return undefined;
  const [first] = (response as { attributes?: Array<{ section?: Array<{ value?: unknown }> }> }).attributes ?? [];
  const code = first?.section?.[0]?.value;
  return typeof code === 'string' && /^[A-Za-z-]{1,40}$/.test(code) ? code.toUpperCase() : undefined;
}

/** A socket-level loss: the pool may retry the request once on a fresh connection. */
export function isConnectionLost(error: unknown): boolean {
  const code = failure(error).code;
  return code !== undefined && CONNECTION_LOST.has(code);
}

const UNDECODABLE = 'The mail server cannot decode this part of the message; download the original message instead.';

/**
 * A FETCH BINARY the server refused for this message's content, not for a fault of its own:
 * RFC 3516 §4.2 UNKNOWN-CTE, or RFC 5530 PARSE (Dovecot: invalid base64 or quoted-printable
 * anywhere in the message fails BINARY.SIZE of every part). Fetching BODY[] and decoding on
 * our side still works.
 */
export function isUndecodable(error: unknown): boolean {
  const code = responseCode(failure(error));
  return code === 'UNKNOWN-CTE' || code === 'PARSE';
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const details = failure(error);
  const { code, authenticationFailed, mailboxMissing } = details;
  const serverResponseCode = responseCode(details);
  if (authenticationFailed || serverResponseCode === 'AUTHENTICATIONFAILED') {
    return new AppError('AUTH_FAILED', undefined, { cause: error });
  }
  if (code && UNREACHABLE.has(code)) return new AppError('IMAP_UNAVAILABLE', undefined, { cause: error });
  if (isConnectionLost(error)) return new AppError('IMAP_BUSY', undefined, { cause: error });
  // RFC 5530 response codes say why a NO happened; NONEXISTENT is "the mailbox is gone", as is
  // TRYCREATE for the target of an APPEND or COPY (RFC 3501 §6.3.11, §6.4.7).
  const missing = serverResponseCode === 'NONEXISTENT' || serverResponseCode === 'TRYCREATE';
  if (mailboxMissing || missing || code === 'NotFound' || (selectRefused(details) && serverResponseCode === undefined)) {
    return new AppError('NOT_FOUND', undefined, { cause: error });
  }
  // RFC 5530: the message was expunged by another client while we asked for it.
  if (serverResponseCode === 'EXPUNGEISSUED') return new AppError('NOT_FOUND', undefined, { cause: error });
  if (isUndecodable(error)) return new AppError('UNSUPPORTED', UNDECODABLE, { cause: error });
  if (serverResponseCode === 'ALREADYEXISTS') return new AppError('ALREADY_EXISTS', undefined, { cause: error });
  if (serverResponseCode === 'CANNOT') return new AppError('BAD_REQUEST', cannotText(details), { cause: error });
  if (code === 'MissingServerExtension') return new AppError('UNSUPPORTED', undefined, { cause: error });
  if (serverResponseCode === 'NOPERM') return new AppError('FORBIDDEN', undefined, { cause: error });
  // RFC 4314 §3.1–3.2: BAD is SETACL's and DELETEACL's "arguments invalid" (Dovecot: an identifier
  // its acl_anyone setting forbids, such as `anyone`): the user's input, in the server's words.
  if (aclRefused(details)) return new AppError('BAD_REQUEST', cannotText(details), { cause: error });
  return new AppError('INTERNAL', undefined, { cause: error });
}

/**
 * RFC 3501 §6.3.1: a NO to SELECT or EXAMINE means "no such mailbox, can't access mailbox".
 * Dovecot 2.3 answers one for a \Noselect name (a parent another client never created, a
 * namespace root) with no response code ("NO Mailbox doesn't exist: Parent"), measured.
 */
function selectRefused({ responseStatus, executedCommand }: ImapFailure): boolean {
  return responseStatus === 'NO' && typeof executedCommand === 'string' && /^\S+ (SELECT|EXAMINE) /i.test(executedCommand);
}

/**
 * RFC 5530 CANNOT: "the operation violates some invariant of the server", which for a folder
 * name is a character or form the server refuses (Dovecot: "Character not allowed in mailbox
 * name: '.'", "Begins with '~'"). Only the server knows its rules, and its text is written for
 * people (RFC 5530 §3), so it is passed on: printable characters only, without Dovecot's
 * timing suffix, and short.
 */
const aclRefused = ({ responseStatus, executedCommand }: ImapFailure) =>
  responseStatus === 'BAD' && typeof executedCommand === 'string' && /^\S+ (SETACL|DELETEACL) /i.test(executedCommand);

function cannotText({ responseText }: ImapFailure): string {
  const text =
    typeof responseText === 'string'
      ? responseText.replace(/\s*\([\d.]+ \+ [\d.]+ secs\)\.?\s*$/, '').replace(/^Error in IMAP command \S+: /, '')
      : '';
  const printable = text
    .replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '')
    .trim()
    .slice(0, 160);
  return printable ? `The mail server refused this: ${printable}` : 'The mail server refused this name.';
}

/**
 * imapflow answers some failures with a value instead of throwing: STORE, COPY, MOVE and
 * SEARCH catch the server's NO and return `false` (logging the reason at warn level), and
 * fetchOne() returns `false` for a UID that is gone. Every such result passes through here,
 * so a refusal never reads as success or as "nothing there". The caller names the code:
 * imapflow has already dropped the response code by then.
 */
export function expectDone<T>(result: T | false | null | undefined, code: ErrorCode = 'INTERNAL', message?: string): T {
  if (result === false || result === null || result === undefined) throw new AppError(code, message);
  return result;
}

/** expectDone() for lookups: nothing found is NOT_FOUND. */
export function expectFound<T>(result: T | false | null | undefined, message?: string): T {
  return expectDone(result, 'NOT_FOUND', message);
}
