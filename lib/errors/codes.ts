/**
 * The stable error codes of the API and their HTTP status: client-safe, so the UI rebuilds the
 * same error from `{ error: { code } }` and branches on the code, never on the message text.
 * What each code means in words is lib/ui/describe-error.ts, the one table of sentences.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400 },
  AUTH_REQUIRED: { status: 401 },
  AUTH_FAILED: { status: 401 },
  FORBIDDEN: { status: 403 },
  HOST_NOT_ALLOWED: { status: 403 },
  NOT_FOUND: { status: 404 },
  /** Another client changed the messages since the modseq the request named (RFC 7162 UNCHANGEDSINCE); `uids` names them. */
  CONFLICT: { status: 409 },
  /** A folder with that name exists already. */
  ALREADY_EXISTS: { status: 409 },
  /** A special-use folder (RFC 6154) would be deleted; `?force=true` confirms it. */
  SPECIAL_USE: { status: 409 },
  /** The folder has subfolders; `?withChildren=true` confirms deleting them too. */
  HAS_CHILDREN: { status: 409 },
  /** The account has no folder with the special use the action needs (Archive, Trash, Junk); `specialUse` names it. */
  NO_SPECIAL_FOLDER: { status: 409 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  UNSUPPORTED: { status: 422 },
  RATE_LIMITED: { status: 429 },
  INTERNAL: { status: 500 },
  IMAP_UNAVAILABLE: { status: 502 },
  IMAP_BUSY: { status: 503 },
  /** A write whose connection dropped after the command was sent: it may or may not have been applied. */
  WRITE_UNCONFIRMED: { status: 502 },
  /** The SMTP server could not be reached, or failed mid-way: nothing was sent, the draft stays. */
  SMTP_UNAVAILABLE: { status: 502 },
  /** The SMTP server refused the message or a recipient (RFC 5321 5xx): nothing was sent, the draft stays. */
  SMTP_REJECTED: { status: 422 },
  /** Sent over SMTP, but the copy could not be stored in Sent: it is kept as a draft instead. */
  SENT_NOT_SAVED: { status: 502 },
  /** A search ran past SEARCH_TIMEOUT_MS (or its browser went away); its connection was closed, not left searching. */
  SEARCH_TIMEOUT: { status: 504 },
  /** The mail server dropped the connection while searching (Dovecot 2.3 dies on a header of over ~10 MB). */
  SEARCH_FAILED: { status: 502 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Machine-readable detail some codes carry next to their message: the UIDs of a CONFLICT, the missing special use. */
export interface ErrorDetails {
  uids?: number[];
  /** With a CONFLICT: the UIDs the request did change, as a UID set. */
  updated?: string;
  specialUse?: string;
  /** With a chunked upload's CONFLICT: the byte offset the next chunk must start at (also `Upload-Offset`). */
  offset?: number;
}

/** `message` is for people reading the API by hand and for the log; the UI phrases from `code`. */
export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string } & ErrorDetails;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/**
 * The codes the browser can meet: the server's, plus OFFLINE, which only the browser knows:
 * the request never reached Letterbox (no network, or Letterbox itself is down). It differs
 * from IMAP_UNAVAILABLE, where Letterbox answered but the mail server did not.
 */
export type ClientErrorCode = ErrorCode | 'OFFLINE';
