/**
 * HTTP Range and the conditional headers that go with a download (RFC 9110 §13–14), pure.
 * We serve a single byte range only: RFC 9110 §14.2 lets a server ignore a Range it does not
 * want to honour (several ranges, a bad syntax, another unit) and send the whole body with 200.
 */

/** A Range header we will honour: `a-b`, `a-` (end open) or `-n` (the last n bytes). */
export type RangeSpec = { start: number; end: number | null } | { suffix: number };

/** A satisfiable range resolved against the representation's size: inclusive offsets. */
export interface ByteRange {
  start: number;
  end: number;
}

const SINGLE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

/** Parses a Range header; null means "ignore it and send the whole body". */
export function parseRange(header: string | null | undefined): RangeSpec | null {
  const match = header ? SINGLE.exec(header) : null;
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') return { suffix: Number(last) };
  const start = Number(first);
  const end = last === '' ? null : Number(last);
  // §14.1.1: a last-pos below the first-pos makes the range-spec invalid, so the header is ignored.
  if (end !== null && end < start) return null;
  return { start, end };
}

/**
 * The range within a body of `size` bytes, or 'unsatisfiable' (answer 416, §15.5.17): a start
 * at or past the end, or a zero-length suffix. An end past the last byte is clamped (§14.1.2).
 */
export function resolveRange(spec: RangeSpec, size: number): ByteRange | 'unsatisfiable' {
  if ('suffix' in spec) {
    if (spec.suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - spec.suffix), end: size - 1 };
  }
  if (spec.start >= size) return 'unsatisfiable';
  return { start: spec.start, end: spec.end === null ? size - 1 : Math.min(spec.end, size - 1) };
}

export function contentRange(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}

/** §14.4: the Content-Range of a 416 names only the current length. */
export function unsatisfiedRange(size: number): string {
  return `bytes */${size}`;
}

/** §13.1.2: If-None-Match compares weakly; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * §13.1.5: If-Range makes the Range conditional on the client's copy still being current.
 * Only a strong entity tag can match; a date (or a weak tag) means "send the whole body".
 */
export function ifRangeAllows(header: string | null | undefined, etag: string): boolean {
  if (!header) return true;
  const tag = header.trim();
  return !tag.startsWith('W/') && tag === etag;
}
