/**
 * RFC 7162 §3.1.1: a mod-sequence is a positive 63-bit number that only grows within a
 * mailbox, so of two states of one message the higher modseq is the later one. It outgrows a
 * JS number, so it travels as a decimal string and is compared as a BigInt. Anything else (a
 * server without CONDSTORE sends none) is no modseq at all: it neither wins nor loses.
 */
const MODSEQ = /^[1-9]\d{0,19}$/;

export function parseModseq(value: string | undefined): bigint | null {
  return value !== undefined && MODSEQ.test(value) ? BigInt(value) : null;
}

/** The incoming state is older than the one shown: the shown one came from a later change. */
export function isStaleModseq(incoming: string | undefined, shown: string | undefined): boolean {
  const next = parseModseq(incoming);
  const current = parseModseq(shown);
  return next !== null && current !== null && next < current;
}
