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
  CONFLICT: { status: 409 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  UNSUPPORTED: { status: 422 },
  RATE_LIMITED: { status: 429 },
  INTERNAL: { status: 500 },
  IMAP_UNAVAILABLE: { status: 502 },
  IMAP_BUSY: { status: 503 },
  /** A write whose connection dropped after the command was sent: it may or may not have been applied. */
  WRITE_UNCONFIRMED: { status: 502 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** `message` is for people reading the API by hand and for the log; the UI phrases from `code`. */
export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string };
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
