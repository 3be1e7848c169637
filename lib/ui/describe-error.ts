import type { ClientErrorCode } from '@/lib/errors/codes';

/**
 * Where an error is shown, for the few codes whose sentence depends on it: a wrong password
 * means one thing on the sign-in form and another when the folders fail to load.
 * `load` is a failed folder list or message list, `message` the reading pane.
 */
export type ErrorSurface = 'sign-in' | 'load' | 'message';

/**
 * The one table of what each error code means to the person reading: the UI phrases every
 * failure from its code, never from the server's text (which may be terse, or a field name).
 * The server's envelope takes its default `message` from here too.
 */
const SENTENCES: Record<ClientErrorCode, string> = {
  BAD_REQUEST: 'The request was not understood. Reload the page and try again.',
  AUTH_REQUIRED: 'Sign in to continue.',
  AUTH_FAILED: 'The user name or password is wrong.',
  FORBIDDEN: 'This request is not allowed.',
  HOST_NOT_ALLOWED: "This Letterbox isn't allowed to connect to that IMAP server.",
  NOT_FOUND: 'It no longer exists; it may have been moved or deleted.',
  CONFLICT: 'It was changed elsewhere; reload and try again.',
  ALREADY_EXISTS: 'A folder with that name already exists.',
  SPECIAL_USE: 'This folder is one of your special folders (such as Sent or Trash); confirm to delete it anyway.',
  HAS_CHILDREN: 'This folder has subfolders; confirm to delete them too.',
  NO_SPECIAL_FOLDER: 'Your account has no folder for this.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  UNSUPPORTED: "The mail server doesn't support this.",
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment, then try again.',
  INTERNAL: 'Something went wrong on our side.',
  IMAP_UNAVAILABLE: "The mail server can't be reached right now.",
  IMAP_BUSY: 'The mail server connection was interrupted; try again.',
  WRITE_UNCONFIRMED:
    'The connection to the mail server dropped while saving this change; it may not have been applied. Check and try again.',
  SMTP_UNAVAILABLE: "The outgoing mail server can't be reached right now. Nothing was sent; your draft is kept.",
  SMTP_REJECTED: 'The outgoing mail server refused this message. Nothing was sent; your draft is kept.',
  SENT_NOT_SAVED: 'Your message was sent, but its copy could not be saved in Sent; it is kept in Drafts.',
  SEARCH_TIMEOUT: 'The search took too long and was stopped. Try narrowing it, for example with from: or a date.',
  SEARCH_FAILED: 'The mail server failed while searching this folder.',
  OFFLINE: "Letterbox can't be reached. Check that you are online, then try again.",
};

const BY_SURFACE: Record<ErrorSurface, Partial<Record<ClientErrorCode, string>>> = {
  'sign-in': {
    AUTH_FAILED: 'That user name or password is wrong.',
    IMAP_UNAVAILABLE: "The mail server can't be reached right now. Try again in a moment.",
    IMAP_BUSY: "The mail server can't be reached right now. Try again in a moment.",
    HOST_NOT_ALLOWED:
      "This Letterbox isn't allowed to connect to that IMAP server. Check the host under Advanced, or leave it blank.",
    RATE_LIMITED: 'Too many failed sign-ins. Wait a few minutes, then try again.',
    BAD_REQUEST: 'Check the user name, password and server details, then try again.',
    INTERNAL: 'Something went wrong while signing in. Try again.',
  },
  load: {
    // A retry button follows: the sentences say what happened, the button what to do.
    IMAP_BUSY: "The mail server can't be reached right now.",
    RATE_LIMITED: 'Too many requests in a short time. Wait a moment.',
    AUTH_REQUIRED: 'Your session has ended.',
    AUTH_FAILED: 'The mail server no longer accepts your password.',
    NOT_FOUND: 'This folder no longer exists, or it changed on the server.',
  },
  message: {
    NOT_FOUND: 'This message no longer exists; it may have been moved or deleted.',
    // The one UNSUPPORTED a message view meets: a part the server cannot decode (RFC 3516 UNKNOWN-CTE).
    UNSUPPORTED: 'The mail server cannot decode this part of the message; download the original message instead.',
    INTERNAL: 'This message could not be loaded.',
  },
};

/** What a failure means for the person reading, by its stable code and where it is shown. */
export function describeError(code: ClientErrorCode, surface?: ErrorSurface): string {
  return (surface && BY_SURFACE[surface][code]) ?? SENTENCES[code];
}

/** Retrying cannot fix a session the server no longer accepts; signing in again can. */
export function needsSignIn(code: ClientErrorCode): boolean {
  return code === 'AUTH_REQUIRED' || code === 'AUTH_FAILED';
}
