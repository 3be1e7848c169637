export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * Nearest-rank percentile (no interpolation): with 20 samples the p95 is the 19th, a value
 * that was actually measured. Median of an even count is the mean of the middle two.
 */
export function summarize(samples: number[]): Summary {
  if (samples.length === 0) return { n: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (i: number) => sorted[Math.min(Math.max(i, 0), sorted.length - 1)] as number;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? at(Math.floor(mid)) : (at(mid - 1) + at(mid)) / 2;
  return { n: sorted.length, median, p95: at(Math.ceil(0.95 * sorted.length) - 1), min: at(0), max: at(sorted.length - 1) };
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
