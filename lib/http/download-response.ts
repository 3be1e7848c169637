import 'server-only';
import { createHash } from 'node:crypto';
import type { Download } from '@/lib/download/download';
import {
  contentRange,
  ifRangeAllows,
  matchesIfNoneMatch,
  parseRange,
  type RangeSpec,
  unsatisfiedRange,
} from '@/lib/download/range';
import type { Account } from '@/lib/session/account';

/** Bump when what a download URL returns changes, to retire cached copies. */
const VERSION = 'v1';

/**
 * A strong ETag: what a download URL returns never changes for (mailbox, UIDVALIDITY, UID,
 * part), and the account is hashed in so one account's cached copy never matches another's.
 */
export function downloadEtag(account: Account, ...key: string[]): string {
  const hash = createHash('sha256').update([VERSION, account.host, account.port, account.user, ...key].join('\0'));
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * Conditional GET and Range around `load`. If-None-Match is answered with 304 without
 * touching IMAP: the content is immutable, so a match only confirms the browser's own copy.
 */
export async function serveDownload(
  headers: Headers,
  etag: string,
  load: (range: RangeSpec | null) => Promise<Download>,
): Promise<Response> {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': 'sandbox', Vary: 'Cookie' };
  const cache = { ...common, ETag: etag, 'Cache-Control': 'private, max-age=31536000, immutable' };
  if (matchesIfNoneMatch(headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: cache });
  const range = ifRangeAllows(headers.get('if-range'), etag) ? parseRange(headers.get('range')) : null;
  const download = await load(range);
  if (download.kind === 'unsatisfiable') {
    const headers416 = { ...common, 'Cache-Control': 'no-store', 'Content-Range': unsatisfiedRange(download.size) };
    return new Response(null, { status: 416, headers: headers416 });
  }
  const length = download.range ? download.range.end - download.range.start + 1 : download.size;
  return new Response(download.body, {
    status: download.range ? 206 : 200,
    headers: {
      ...cache,
      'Content-Type': download.contentType,
      'Content-Disposition': contentDisposition(download.inline, download.filename),
      // RFC 9110 §14.3: without a known size there are no ranges to offer.
      'Accept-Ranges': download.size === null ? 'none' : 'bytes',
      // Next 16.4's sendResponse() drops Content-Length from route handler responses (it may have
      // decoded the body); sent anyway for runtimes that keep it. Content-Range still has the size.
      ...(length !== null ? { 'Content-Length': String(length) } : {}),
      ...(download.range && download.size !== null ? { 'Content-Range': contentRange(download.range, download.size) } : {}),
    },
  });
}

/**
 * HEAD gets GET's headers without the body (RFC 9110 §9.3.2). Next answers HEAD through GET
 * when a route has no HEAD, and never reads nor cancels the body then: that would hold the
 * IMAP lease until the stall timeout. So downloads export HEAD and cancel the body here.
 */
export async function withoutBody(response: Response): Promise<Response> {
  await response.body?.cancel();
  return new Response(null, { status: response.status, headers: response.headers });
}

/**
 * RFC 6266 with RFC 8187 (ex-5987) `filename*` for the real name and an ASCII `filename`
 * for old clients. Control characters, quotes and path separators never reach the header.
 */
export function contentDisposition(inline: boolean, filename: string): string {
  const clean =
    filename
      .replace(/[\p{Cc}/\\]/gu, '_')
      .trim()
      .slice(0, 200) || 'attachment';
  const ascii = clean
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
