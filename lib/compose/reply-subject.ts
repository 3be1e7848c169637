/**
 * Reply and forward prefixes that never stack: any leading run of the markers clients write
 * (`Re:`, `Fwd:`, `Fw:`, German `Aw:`, counters such as `Re[2]:` or `Re(2):`), in any case
 * and spacing, is removed before the one new prefix is added. Subject tags (`[list]`) and
 * everything after the first word that is not a marker stay as written.
 *
 * An empty subject gives `Re: ` / `Fwd: `: the prefix alone, its space kept, so the
 * result is always the prefix plus the stripped subject and typing after it reads right.
 */
/** One `\s*` between tokens, never two in a row: a subject of spaces costs linear time, not quadratic. */
const MARKERS = /^(?:\s*(?:re|aw|fwd?)(?:\s*(?:\[\d{1,5}\]|\(\d{1,5}\)))?\s*:)+/i;

/**
 * A decoded subject (RFC 2047) can hold line breaks and controls that the compose schema
 * refuses in a header field: each run becomes one space, so answering such a message works.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/** The compose schema's subject limit (RFC 5322 §2.1.1's 998): a reply to a subject that long still sends. */
const MAX_SUBJECT = 998;

function prefixed(prefix: string, original: string): string {
  const subject = original.replace(BREAKS, ' ').replace(MARKERS, '').trim();
  const clipped = `${prefix}${subject}`.slice(0, MAX_SUBJECT);
  // Never half a surrogate pair: an emoji at the cut goes whole.
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}

export function replySubject(original: string): string {
  return prefixed('Re: ', original);
}

export function forwardSubject(original: string): string {
  return prefixed('Fwd: ', original);
}
