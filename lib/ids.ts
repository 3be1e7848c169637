/**
 * Opaque URL ids. A mailbox id is the base64url of its IMAP path, so a path with the
 * hierarchy delimiter, spaces or non-ASCII never meets URL routing or percent-encoding.
 * Client-safe: the browser builds links from ids it received.
 */
export function mailboxId(path: string): string {
  return base64url(new TextEncoder().encode(path));
}

/** Returns the path, or null when the id is not a well-formed mailbox id. */
export function mailboxPathFromId(id: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(id)) return null;
  try {
    const path = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(id));
    // Round-trip check: rejects ids with non-canonical padding bits.
    return path.length > 0 && mailboxId(path) === id ? path : null;
  } catch {
    return null;
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(id: string): Uint8Array {
  const binary = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** What a message id stands for: one message of one mailbox incarnation (RFC 3501 §2.3.1.1). */
export interface MessageRef {
  path: string;
  uidValidity: number;
  uid: number;
}

/**
 * A message id packs mailbox path, UIDVALIDITY and UID, so it is self-validating: once the
 * mailbox is recreated (new UIDVALIDITY) the id fails as NOT_FOUND instead of naming
 * whatever message now has that UID.
 */
export function messageId({ path, uidValidity, uid }: MessageRef): string {
  return base64url(new TextEncoder().encode(`${uidValidity}.${uid}.${path}`));
}

export function messageRefFromId(id: string): MessageRef | null {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(id)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(id));
    const match = /^([1-9]\d{0,9})\.([1-9]\d{0,9})\.(.+)$/s.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) return null;
    const ref = { uidValidity: Number(match[1]), uid: Number(match[2]), path: match[3] };
    // RFC 3501: both are non-zero 32-bit unsigned integers.
    if (ref.uidValidity > 0xffffffff || ref.uid > 0xffffffff) return null;
    return messageId(ref) === id ? ref : null;
  } catch {
    return null;
  }
}
