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

/**
 * What to tell the reader about a failed request. The table in describe-error.ts, except where
 * asked for the server's own words on a BAD_REQUEST: a folder name the mail server's rules
 * refuse (its CANNOT, lib/imap/connection/errors.ts) or our delimiter rules, which only the
 * server can check against the delimiter it really has; or on a PAYLOAD_TOO_LARGE, whose
 * sentence names the configured limit (lib/attachments/attachment-errors.ts). A FORBIDDEN or a
 * CONFLICT always speaks in its own words, which are ours: the right a shared folder lacks
 * (lib/sharing/require-rights.ts), who took a message first (lib/imap/set-flags.ts). Those messages
 * are our sentences or the mail server's cleaned text; they are shown as plain text (React escapes it), and cut short.
 */
export function describeApiError(error: unknown, options: { serverWords?: boolean } = {}): string {
  const code = errorCodeOf(error);
  const worded = code === 'BAD_REQUEST' || code === 'PAYLOAD_TOO_LARGE';
  // Always our own sentences: the right a shared folder lacks, who took a message first.
  const ours = code === 'FORBIDDEN' || code === 'CONFLICT';
  if ((ours || (options.serverWords && worded)) && error instanceof ApiError && error.message) {
    // A schema's sentence arrives as "path: A folder needs a name."; the field name means nothing to the reader.
    const sentence = error.message.replace(/^[a-zA-Z.]+: /, '').slice(0, 240);
    if (sentence.trim()) return sentence;
  }
  return describeError(code);
}
