/**
 * A message's flags as every client sees them: without \Recent, which is the state of one
 * IMAP session (RFC 3501 §2.3.2: "the first session to have been notified"), so two pooled
 * connections would disagree about it and the browser would see rows flicker.
 */
export function storedFlags(flags: Iterable<string> | undefined): string[] {
  return [...(flags ?? [])].filter((flag) => flag !== '\\Recent');
}
