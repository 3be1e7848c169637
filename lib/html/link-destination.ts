import { getDomain } from 'tldts';

/**
 * What a link in a message claims and where it goes. Client-safe: the reading pane marks
 * the links of the rendered message with it (loaded on demand: tldts carries the Public
 * Suffix List). A link whose visible text is a URL or domain of another site than its
 * target is the oldest phishing trick in mail.
 */

/** The host a link's text shows, when the text is a URL or a bare domain ("paypal.com/login"). */
export function claimedHost(text: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,63})\.?(?::\d+)?(?:[/?#]\S*)?$/i.exec(text.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/** The host a link really opens, or null for mailto: and anything that is not a web URL. */
export function targetHost(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The same site: the same registrable domain by the Public Suffix List (www.example.com and
 * click.example.com, but never example.co.uk and evil.co.uk); IP addresses only when equal.
 */
function sameSite(a: string, b: string): boolean {
  const domain = getDomain(a);
  return a === b || (domain !== null && domain === getDomain(b));
}

/** The real host when the text shows another one; null when the link is what it says (or says nothing). */
export function misleadingTarget(text: string, href: string): string | null {
  const claimed = claimedHost(text);
  const target = targetHost(href);
  if (!claimed || !target) return null;
  return sameSite(claimed, target) ? null : target;
}
