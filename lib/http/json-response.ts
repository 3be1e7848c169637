import 'server-only';

/** Below this, gzip's own cost (a zlib stream per response) outweighs the bytes it saves. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * JSON, marked `no-transform` when small. Next gzips whatever its route handlers answer: it
 * streams the body, so the compression layer never learns the length that would let it skip a
 * small one (a Content-Length set here does not reach it). Every session check, flag change and
 * error went through a fresh gzip stream: 8% of the server's CPU for GET /api/session in a
 * `--cpu-prof` of 4,000 requests (issue 12). `no-transform` (RFC 9111 §5.2.2.6) is what that
 * layer honours, and tells any proxy the same.
 */
export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  const body = JSON.stringify(data);
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  if (Buffer.byteLength(body) < COMPRESS_FROM_BYTES) {
    const cacheControl = headers.get('Cache-Control');
    headers.set('Cache-Control', cacheControl ? `${cacheControl}, no-transform` : 'no-transform');
  }
  return new Response(body, { ...init, headers });
}
