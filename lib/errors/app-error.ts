import 'server-only';
import { describeError } from '@/lib/ui/describe-error';
import { ERROR_CODES, type ErrorCode, type ErrorDetails } from './codes';

/**
 * The one error type the server throws on purpose. `message` goes into the envelope and must
 * never carry internal detail (the cause goes to the log only); without one, the code's
 * sentence from the UI's table, so a reader of the raw API sees the same words.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Sent in the envelope next to the message (client-safe by construction: UIDs, a special use). */
  readonly details: ErrorDetails;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { cause?: unknown; headers?: Record<string, string>; details?: ErrorDetails } = {},
  ) {
    super(message ?? describeError(code), { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }
}
