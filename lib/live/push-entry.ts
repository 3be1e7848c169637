/**
 * The private server METADATA entry (RFC 5464 §3.2: the user's own, no one else's) where a
 * watcher stores where push hints go, and scripts/imap/letterbox-push.lua reads it. Not
 * server-only: the bench and tests read it with their own IMAP clients.
 */
export const PUSH_ENTRY = '/private/vendor/letterbox/push';
