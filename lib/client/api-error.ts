import { ERROR_CODES, type ErrorCode } from '@/lib/errors/codes';
import { describeError } from '@/lib/ui/describe-error';

/**
 * The codes the browser can meet: the server's, plus OFFLINE, which only the browser knows:
 * the request never reached Letterbox (no network, or Letterbox itself is down). It differs
 * from IMAP_UNAVAILABLE, where Letterbox answered but the mail server did not.
 */
export type ClientErrorCode = ErrorCode | 'OFFLINE';

/** The error the browser sees: rebuilt from the envelope's code. The UI phrases it from the code alone. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  /** The HTTP status, or 0 when no response came. */
  readonly status: number;

  /** `message` is the server's own text, kept for the console; the screen never shows it. */
  constructor(code: ClientErrorCode, message: string = describeError(code)) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = code === 'OFFLINE' ? 0 : ERROR_CODES[code].status;
  }
}

/** The code of anything a request threw: a failure that is not an ApiError is our own bug. */
export function errorCodeOf(error: unknown): ClientErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
