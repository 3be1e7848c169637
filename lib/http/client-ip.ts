/**
 * The client's IP address for rate limits, from X-Forwarded-For. Route handlers see no
 * socket; Next fills the header from the socket only when the client sent none. Each
 * trusted proxy appends the address it received from, so the client is `hops` entries
 * from the end; anything further left was written by the client and is not trusted.
 */
export function clientIp(forwardedFor: string | null, hops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const at = Math.max(0, entries.length - 1 - hops);
  return entries[at]?.replace(/^::ffff:/, '').slice(0, 64) ?? null;
}
