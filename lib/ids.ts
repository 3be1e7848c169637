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
