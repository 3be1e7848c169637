/** Longer than any real subject (RFC 5322 §2.1.1 suggests 78 characters a line); a hostile one can be megabytes. */
export const MAX_HEADER_TEXT = 1_000;

/** Cuts a header's text to `max` UTF-16 units without splitting a surrogate pair, marking the cut with an ellipsis. */
export function clipText(text: string, max = MAX_HEADER_TEXT): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
