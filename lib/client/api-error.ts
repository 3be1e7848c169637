import { type ClientErrorCode, ERROR_CODES, type ErrorDetails } from '@/lib/errors/codes';
import { describeError } from '@/lib/ui/describe-error';

/** The error the browser sees: rebuilt from the envelope's code. The UI phrases it from the code alone. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  /** The HTTP status, or 0 when no response came. */
  readonly status: number;
  /** What the envelope carried besides code and message: a CONFLICT's UIDs, a missing special use. */
  readonly details: ErrorDetails;

  /** `message` is the server's own text, kept for the console; the screen never shows it. */
  constructor(code: ClientErrorCode, message: string = describeError(code), details: ErrorDetails = {}) {
    super(message);
    this.details = details;
    this.name = 'ApiError';
    this.code = code;
    this.status = code === 'OFFLINE' ? 0 : ERROR_CODES[code].status;
  }
}

/** The code of anything a request threw: a failure that is not an ApiError is our own bug. */
export function errorCodeOf(error: unknown): ClientErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}

export type { ClientErrorCode };
