import 'server-only';

/**
 * Where a client's view of one mailbox stands, in IMAP's own terms (RFC 7162 §3.1, §3.2.5):
 * the mailbox incarnation, the highest mod-sequence it has seen, the next UID and the message
 * count at that point. It is the event id of the live stream (opaque to the browser, handed
 * back as Last-Event-ID), so a reconnect, to this process or after a restart, replays from
 * the server's state rather than from a buffer this process may no longer hold.
 */
export interface MailboxCursor {
  path: string;
  uidValidity: number;
  /** A mod-sequence is up to 63 bits (RFC 7162 §7): kept as its decimal text. */
  highestModseq: string;
  uidNext: number;
  /** EXISTS at this point: without QRESYNC, fewer messages than this plus the new ones means expunges happened. */
  exists: number;
}

const VERSION = 'c1';
const MAX_MODSEQ = 2n ** 63n - 1n;
const FORM = /^c1\.([1-9]\d{0,9})\.(0|[1-9]\d{0,18})\.([1-9]\d{0,9})\.(0|[1-9]\d{0,9})\.(.+)$/s;

export function encodeCursor({ path, uidValidity, highestModseq, uidNext, exists }: MailboxCursor): string {
  const text = `${VERSION}.${uidValidity}.${highestModseq}.${uidNext}.${exists}.${path}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The cursor an id stands for, or null for anything this module did not write (a stale version, a forged id). */
export function decodeCursor(id: string): MailboxCursor | null {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(id)) return null;
  const match = FORM.exec(Buffer.from(id, 'base64url').toString('utf8'));
  if (!match) return null;
  const [, uidValidity, highestModseq, uidNext, exists, path] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const cursor = { path, uidValidity: Number(uidValidity), highestModseq, uidNext: Number(uidNext), exists: Number(exists) };
  // RFC 3501 §2.3.1.1: UIDVALIDITY and UIDs are non-zero 32-bit unsigned numbers.
  if (cursor.uidValidity > 0xffffffff || cursor.uidNext > 0xffffffff || BigInt(highestModseq) > MAX_MODSEQ) return null;
  // Canonical form only, so one cursor has one id.
  return encodeCursor(cursor) === id ? cursor : null;
}
