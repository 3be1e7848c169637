/** Where "Unsubscribe" leads: a web page to open, or an address to write to. */
export interface UnsubscribeTarget {
  kind: 'web' | 'mail';
  href: string;
  /** What the link names: the site's host, or the address. */
  label: string;
}

/** Longer than any real unsubscribe URL; a header built to hide something in its length is ignored. */
const MAX_URL = 2048;

/**
 * The List-Unsubscribe header's target (RFC 2369 §3.2): a comma-separated list of URLs in
 * angle brackets, of which a client uses the left-most one it supports (§2). Letterbox
 * supports `https:`/`http:` (opened in a new tab) and `mailto:` only: every other scheme
 * (`javascript:`, `data:`, a relative URL) is skipped, never shown as a link.
 */
export function unsubscribeTarget(header: string | null): UnsubscribeTarget | null {
  if (!header) return null;
  for (const match of header.matchAll(/<([^<>]*)>/g)) {
    // RFC 2369 §2: whitespace inside the brackets (a folded line) is not part of the URL.
    const candidate = (match[1] ?? '').replace(/\s+/g, '');
    if (candidate.length === 0 || candidate.length > MAX_URL) continue;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'web', href: url.href, label: url.hostname };
    if (url.protocol === 'mailto:' && url.pathname.includes('@'))
      return { kind: 'mail', href: url.href, label: decodeURIComponentSafe(url.pathname) };
  }
  return null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
