/**
 * RFC 5256 §2.1 "base subject": the subject with reply/forward markers, blob prefixes and
 * trailing "(fwd)" removed, so "Re: [team] Fwd: Plans" sorts with "Plans". Input must be
 * decoded already (RFC 2047), as the RFC requires.
 */
const LEADER = /^(?:\s*(?:\[[^[\]]*\]\s*)*(?:re|fwd?)\s*(?:\[[^[\]]*\])?\s*:)+/i;
const BLOB = /^\s*\[[^[\]]*\]\s*/;
const TRAILER = /(?:\s*\(fwd\))+\s*$/i;

export function baseSubject(subject: string): string {
  let current = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = current;
    current = current.replace(TRAILER, '').trim();
    current = current.replace(LEADER, '').trim();
    // A blob is removed only when something is left after it (§2.1 step 4).
    const withoutBlob = current.replace(BLOB, '');
    if (withoutBlob !== current && withoutBlob.trim() !== '') current = withoutBlob.trim();
    const wrapped = /^\[fwd:(.*)\]$/i.exec(current);
    if (wrapped?.[1] !== undefined) current = wrapped[1].trim();
    if (current === before) return current;
  }
}
