import 'server-only';
import { ERROR_CODES, type ErrorCode } from './codes';

/**
 * The one error type the server throws on purpose. `message` is user-facing and must
 * never carry internal detail; the cause goes to the log only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message?: string, options: { cause?: unknown; headers?: Record<string, string> } = {}) {
    super(message ?? ERROR_CODES[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.headers = options.headers ?? {};
  }
}
