import { ERROR_CODES, type ErrorCode } from '@/lib/errors/codes';

/** The error the browser sees: rebuilt from the envelope's code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string = ERROR_CODES[code].message) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
  }
}
