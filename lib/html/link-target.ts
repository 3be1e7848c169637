/**
 * Which `href`s a message may keep: absolute `http:`, `https:` and `mailto:` URLs only.
 * Client-safe: the sanitizer applies it on the server and the reading pane again on the
 * rendered frame. A relative href resolves against the frame's base URL, which for a srcdoc
 * frame is the app's own page (HTML §4.8.5: "about:srcdoc" takes its parent's base), so
 * `<a href="page">`, `#top` or an href behind a character the URL parser does not strip
 * (U+2028, U+00A0, U+200B) would open a page of the app in a new tab.
 */
export const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Two bases of different schemes: `http:evil.test` is absolute alone but relative to an http: base. */
const BASES = ['http://base.invalid/dir/page', 'https://base.invalid/dir/page'];

/**
 * The href kept as it is written, or null: it must parse as an absolute URL with an allowed
 * scheme on its own (WHATWG URL, which strips leading and trailing C0 controls and spaces and
 * removes tabs and newlines, as the browser does) and resolve to the same URL against any base.
 */
export function linkTarget(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!LINK_SCHEMES.has(url.protocol)) return null;
  return BASES.every((base) => new URL(href, base).href === url.href) ? href : null;
}
