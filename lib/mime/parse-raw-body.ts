import PostalMime from 'postal-mime';

/**
 * Deeper than any real mail and than Dovecot parses (it stops at 100 levels); shallow enough
 * that a 1 MiB message of nothing but nesting parses in well under a second.
 */
export const RAW_MAX_DEPTH = 512;

export type RawBody =
  | { ok: true; kind: 'html' | 'text' | 'none'; content: string }
  | { ok: false; reason: 'too-deep' | 'unreadable' };

/**
 * The display text of a whole message read from its source, for when the server's
 * BODYSTRUCTURE has no usable parts (nested hundreds of levels deep). postal-mime walks the
 * tree with its own depth limit (set here) and picks the HTML, else the plain text, as a mail
 * client would; the caller bounds the size of what it is given.
 */
export async function parseRawBody(source: Uint8Array): Promise<RawBody> {
  try {
    const parsed = await PostalMime.parse(source, { maxNestingDepth: RAW_MAX_DEPTH, attachmentEncoding: 'arraybuffer' });
    if (parsed.html?.trim()) return { ok: true, kind: 'html', content: parsed.html };
    if (parsed.text?.trim()) return { ok: true, kind: 'text', content: parsed.text };
    return { ok: true, kind: 'none', content: '' };
  } catch (error) {
    // postal-mime marks its depth limit only in the message of a plain Error.
    return { ok: false, reason: /nesting depth/i.test(String(error)) ? 'too-deep' : 'unreadable' };
  }
}
