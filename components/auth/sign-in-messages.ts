import type { ErrorCode } from '@/lib/errors/codes';

/** What the sign-in form says for each failure: chosen by code, never by the server's message text. */
export function signInMessage(code: ErrorCode): string {
  switch (code) {
    case 'AUTH_FAILED':
      return 'That user name or password is wrong.';
    case 'IMAP_UNAVAILABLE':
    case 'IMAP_BUSY':
      return "The mail server can't be reached right now. Try again in a moment.";
    case 'HOST_NOT_ALLOWED':
      return "This Letterbox isn't allowed to connect to that IMAP server. Check the host under Advanced, or leave it blank.";
    case 'RATE_LIMITED':
      return 'Too many failed sign-ins. Wait a few minutes, then try again.';
    case 'BAD_REQUEST':
      return 'Check the user name, password and server details, then try again.';
    default:
      return 'Something went wrong while signing in. Try again.';
  }
}
