import { type Summary, summarize } from '../stats';
import { REQUEST_KINDS, type RequestKind } from './mix';

/** What a load step measured, by when each request ended. */
export interface Recorded {
  /** Requests that ended inside the measured window: the throughput's numerator. */
  inWindow: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** Every request that ended after the warm-up, including the few in flight at the deadline. */
  latency: Summary;
  byRequest: Partial<Record<RequestKind, Summary>>;
  /** Latency by 5-second slice of the window: shows warm-up and stalls. */
  timeline: Array<{ fromS: number } & Summary>;
}

/**
 * Collects the latencies of one load step. Requests that end during the warm-up are not kept:
 * sessions new to the step pay their first SELECT there, which is not the steady state.
 */
export function recorder(window: { from: number; to: number }, now: () => number = Date.now) {
  const all: number[] = [];
  const byKind = new Map<RequestKind, number[]>();
  const slices: number[][] = [];
  const errorKinds: Record<string, number> = {};
  let inWindow = 0;
  const countError = (kind: string) => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  return {
    countError,
    record(kind: RequestKind, ms: number, error: string | null): void {
      const at = now();
      if (at < window.from) return;
      if (at <= window.to) inWindow++;
      if (error) countError(`${kind}: ${error}`);
      all.push(ms);
      const slice = Math.floor((at - window.from) / 5000);
      const bucket = slices[slice] ?? [];
      bucket.push(ms);
      slices[slice] = bucket;
      const samples = byKind.get(kind) ?? [];
      samples.push(ms);
      byKind.set(kind, samples);
    },
    result(): Recorded {
      const present = REQUEST_KINDS.filter((kind) => byKind.has(kind));
      return {
        inWindow,
        errors: Object.values(errorKinds).reduce((a, b) => a + b, 0),
        errorKinds,
        latency: summarize(all),
        byRequest: Object.fromEntries(present.map((kind) => [kind, summarize(byKind.get(kind) ?? [])])),
        timeline: [...slices.entries()].map(([i, samples]) => ({ fromS: i * 5, ...summarize(samples ?? []) })),
      };
    },
  };
}
