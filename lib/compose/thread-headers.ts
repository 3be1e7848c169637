/**
 * In-Reply-To and References of a reply, per RFC 5322 §3.6.4: In-Reply-To is the parent's
 * Message-ID; References is the parent's References (or, without them, its In-Reply-To when
 * that holds exactly one id) followed by the parent's Message-ID. A parent without any of
 * the three gives no References.
 */
export interface ThreadSource {
  messageId?: string | null;
  /** The header's text, or its ids already split. */
  references?: string | readonly string[] | null;
  inReplyTo?: string | null;
}

export interface ThreadHeaders {
  /** The parent's `<id>`, absent when it has no well-formed Message-ID. */
  inReplyTo?: string;
  /** `<id>`s, oldest first; empty: write no References field. */
  references: string[];
}

/**
 * A long thread's References grows by one id per message. Threading readers need the first
 * id (the root) and the most recent ones, so the middle is dropped, as RFC 5537 §3.4.4 lets
 * Netnews do (keep the first, and at least the last three): the header stays bounded.
 */
const KEEP_LAST = 20;

/**
 * `<left@right>` with no whitespace, angle bracket or second `@` inside (RFC 5322 §3.6.4
 * msg-id, without the obsolete forms and CFWS). Anything else in the header is skipped.
 */
const MSG_ID = /<([\x21-\x3b\x3d\x3f\x41-\x7e]+@[\x21-\x3b\x3d\x3f\x41-\x7e]+)>/g;

function ids(value: string | readonly string[] | null | undefined): string[] {
  const text = typeof value === 'string' ? value : (value ?? []).join(' ');
  return [...text.matchAll(MSG_ID)].map((match) => `<${match[1]}>`);
}

export function threadHeaders(parent: ThreadSource): ThreadHeaders {
  const own = ids(parent.messageId);
  const messageId = own.length === 1 ? own[0] : undefined;
  let ancestors = ids(parent.references);
  if (ancestors.length === 0) {
    const inReplyTo = ids(parent.inReplyTo);
    if (inReplyTo.length === 1) ancestors = inReplyTo;
  }
  // A parent that lists itself among its references (a broken client) still ends the chain.
  const chain = [...new Set([...ancestors.filter((id) => id !== messageId), ...(messageId ? [messageId] : [])])];
  const references = chain.length > KEEP_LAST + 1 ? [chain[0] as string, ...chain.slice(-KEEP_LAST)] : chain;
  return { ...(messageId ? { inReplyTo: messageId } : {}), references };
}
