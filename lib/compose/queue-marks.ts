/**
 * How a send waiting for its undo delay is marked in Drafts, where every client (and every
 * Letterbox instance) can see it: a keyword while it waits, another once an instance has
 * claimed it for sending (RFC 3501 §2.3.2 keywords; `$`-prefixed, as client-defined keywords
 * are), and the moment it is due as a header field of the message itself.
 */
export const QUEUED = '$LetterboxQueued';
export const SENDING = '$LetterboxSending';
export const SEND_AT_HEADER = 'X-Letterbox-Send-At';
/** Fields only Letterbox reads: never submitted, never filed in Sent. */
export const PRIVATE_FIELDS = [SEND_AT_HEADER, 'X-Letterbox-Compose'];
/** Sent by the queue, but its copy could not be filed in Sent: the draft stays, saying so. */
export const UNFILED = '$LetterboxUnfiled';
