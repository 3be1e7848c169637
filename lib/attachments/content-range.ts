import 'server-only';

export interface ContentRange {
  start: number;
  /** Inclusive, as in the header. */
  end: number;
  total: number;
}

/** RFC 9110 §14.4 `Content-Range: bytes first-last/complete`, with a known length; null for anything else. */
export function parseContentRange(value: string | null): ContentRange | null {
  const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [start, end, total] = match.slice(1).map(Number) as [number, number, number];
  return start <= end && end < total ? { start, end, total } : null;
}
