import 'server-only';
import { jsonResponse } from './json-response';

/** Bump when what we derive from a message changes (the sanitizer policy, the view's shape: v2 notes are codes), to retire cached copies. */
const VERSION = 'v2';

/**
 * JSON for content that never changes for its id (a message is fixed by mailbox, UIDVALIDITY
 * and UID): private, immutable caching with an ETag, and 304 without touching IMAP. `Vary:
 * Cookie` keeps one browser's cached copy from serving another account signed in later.
 */
export async function immutableJson(headers: Headers, id: string, load: () => Promise<unknown>): Promise<Response> {
  const etag = `"${VERSION}-${id}"`;
  const cacheHeaders = { ETag: etag, 'Cache-Control': 'private, max-age=31536000, immutable', Vary: 'Cookie' };
  const ifNoneMatch = headers.get('if-none-match') ?? '';
  if (ifNoneMatch.split(',').some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers: cacheHeaders });
  return jsonResponse(await load(), { headers: cacheHeaders });
}
