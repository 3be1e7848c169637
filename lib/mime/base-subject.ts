/**
 * RFC 5256 §2.1 "base subject": the subject with reply/forward markers, blob prefixes and
 * trailing "(fwd)" removed, so "Re: [team] Fwd: Plans" sorts with "Plans". Input must be
 * decoded already (RFC 2047), as the RFC requires.
 *
 * A scanner, not a loop of regular expressions: a hostile subject of thousands of `[a]`
 * blobs made the regex version quadratic (5.7 s for 156 kB), and sorting by subject without
 * SORT runs this for every message of the folder.
 */
/** Sorting needs a prefix; nested "[fwd: …]" wrappers cost one pass each, so hostile lengths are cut first. */
const MAX_SUBJECT = 4_000;

export function baseSubject(subject: string): string {
  let current = subject.slice(0, MAX_SUBJECT).replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = current;
    current = stripTrailers(current);
    current = stripLeaders(current);
    const wrapped = /^\[fwd:(.*)\]$/i.exec(current);
    if (wrapped?.[1] !== undefined) current = wrapped[1].trim();
    if (current === before) return current;
  }
}

/** Step 2: every trailing "(fwd)" and the spaces around it. */
function stripTrailers(text: string): string {
  let end = text.length;
  while (text.slice(Math.max(0, end - 5), end).toLowerCase() === '(fwd)') {
    end -= 5;
    while (text[end - 1] === ' ') end--;
  }
  return text.slice(0, end).trim();
}

/**
 * Steps 3–5 of §2.1 in one pass: remove subj-leaders (`*subj-blob ("re" / "fw" / "fwd")
 * *WSP [subj-blob] ":"`) and subj-blobs, as long as something remains after a blob. A run
 * of blobs not followed by a leader is removed whole (the RFC removes it one blob at a time,
 * re-trying the leader each time, which fails at the same place).
 */
function stripLeaders(text: string): string {
  let at = 0;
  for (;;) {
    at = skipSpaces(text, at);
    let next = at;
    let lastBlob = -1;
    for (let end = blobEnd(text, next); end > 0; end = blobEnd(text, next)) {
      lastBlob = next;
      next = skipSpaces(text, end);
    }
    const leader = refwdEnd(text, next);
    if (leader > 0) {
      at = leader;
      continue;
    }
    if (lastBlob < 0) return text.slice(at).trim();
    // Blobs without a leader: drop them, but never the last thing in the subject.
    at = next < text.length ? next : lastBlob;
    return text.slice(at).trim();
  }
}

/** The index after `[...]` (no nested brackets) at `at`, or -1. */
function blobEnd(text: string, at: number): number {
  if (text[at] !== '[') return -1;
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === ']') return i + 1;
    if (text[i] === '[') return -1;
  }
  return -1;
}

/** The index after `re:` / `fw:` / `fwd:` (with an optional blob before the colon) at `at`, or -1. */
function refwdEnd(text: string, at: number): number {
  const word = /^(re|fwd?)/i.exec(text.slice(at, at + 3));
  if (!word) return -1;
  let i = skipSpaces(text, at + (word[1]?.length ?? 0));
  const blob = blobEnd(text, i);
  if (blob > 0) i = skipSpaces(text, blob);
  return text[i] === ':' ? i + 1 : -1;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ') i++;
  return i;
}
