/** The app's links of a draft: what it answers or forwards, by the app's message ids. */
export interface ComposeLinks {
  inReplyTo?: string;
  forwardOf?: string;
  forwardAs?: 'inline' | 'attachment';
}

/**
 * The links as one ASCII header value (base64url of their JSON), or null when there are none.
 * Message ids are the app's own opaque ids, meaningful only to Letterbox; other clients ignore
 * an X- field (RFC 5322 §3.6.8 optional fields), and the standard In-Reply-To and References
 * carry the thread for them.
 */
export function composeHeader(links: ComposeLinks): string | null {
  const present = Object.fromEntries(Object.entries(links).filter(([, value]) => value !== undefined));
  return Object.keys(present).length ? Buffer.from(JSON.stringify(present)).toString('base64url') : null;
}

/** The links back from a header value; a value that is not ours (edited, foreign) reads as none. */
export function parseComposeHeader(value: string | null | undefined): ComposeLinks {
  if (!value || !/^[A-Za-z0-9_-]{1,8192}$/.test(value.trim())) return {};
  try {
    const parsed = JSON.parse(Buffer.from(value.trim(), 'base64url').toString('utf8')) as Record<string, unknown>;
    const links: ComposeLinks = {};
    if (typeof parsed.inReplyTo === 'string') links.inReplyTo = parsed.inReplyTo;
    if (typeof parsed.forwardOf === 'string') links.forwardOf = parsed.forwardOf;
    if (parsed.forwardAs === 'inline' || parsed.forwardAs === 'attachment') links.forwardAs = parsed.forwardAs;
    return links;
  } catch {
    return {};
  }
}
