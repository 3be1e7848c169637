/**
 * The stable error codes of the API: client-safe, so the UI rebuilds the same error
 * from `{ error: { code } }` and branches on the code, never on the message text.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, message: 'The request was not understood.' },
  AUTH_REQUIRED: { status: 401, message: 'Sign in to continue.' },
  AUTH_FAILED: { status: 401, message: 'The user name or password is wrong.' },
  FORBIDDEN: { status: 403, message: 'This request is not allowed.' },
  HOST_NOT_ALLOWED: { status: 403, message: 'This IMAP server is not allowed here.' },
  NOT_FOUND: { status: 404, message: 'It no longer exists; it may have been moved or deleted.' },
  CONFLICT: { status: 409, message: 'It was changed elsewhere; reload and try again.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  UNSUPPORTED: { status: 422, message: 'The mail server does not support this.' },
  RATE_LIMITED: { status: 429, message: 'Too many attempts; wait a moment and try again.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  IMAP_UNAVAILABLE: { status: 502, message: 'The mail server cannot be reached right now.' },
  IMAP_BUSY: { status: 503, message: 'The mail server connection was interrupted; try again.' },
  WRITE_UNCONFIRMED: {
    status: 502,
    message:
      'The connection to the mail server dropped while saving this change; it may not have been applied. Check and try again.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
