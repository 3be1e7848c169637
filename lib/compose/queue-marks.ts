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
/** Claimed by a process that stopped before it said how the send ended: it may or may not have gone. */
export const UNSURE = '$LetterboxUnsure';
/**
 * How long after its due time a claim (SENDING) may still be a dispatch at work: a send takes
 * seconds (a 10 MiB one ~0.6 s here). Older, the process that claimed it is taken to be gone.
 */
export const STALE_CLAIM_MS = 2 * 60_000;
