import type { ErrorCode } from '@/lib/errors/codes';

/** What a failed request means for the person reading, by the error's stable code. */
export function explainError(code: ErrorCode): string {
  switch (code) {
    case 'IMAP_UNAVAILABLE':
    case 'IMAP_BUSY':
      return "The mail server can't be reached right now.";
    case 'RATE_LIMITED':
      return 'Too many requests in a short time. Wait a moment.';
    case 'AUTH_REQUIRED':
      return 'Your session has ended.';
    case 'AUTH_FAILED':
      return 'The mail server no longer accepts your password.';
    case 'NOT_FOUND':
      return 'This folder no longer exists, or it changed on the server.';
    default:
      return 'Something went wrong on our side.';
  }
}

/** Retrying cannot fix a session the server no longer accepts; signing in again can. */
export function needsSignIn(code: ErrorCode): boolean {
  return code === 'AUTH_REQUIRED' || code === 'AUTH_FAILED';
}
