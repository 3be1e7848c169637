import { type Summary, summarize } from './stats';

/** One benchmarked operation: the app's HTTP call and the same work done directly over IMAP. */
export interface Operation {
  key: string;
  name: string;
  app: () => Promise<void>;
  floor: () => Promise<void>;
  /** Untimed set-up before and clean-up after each run of a side (say, signing out after a timed sign-in). */
  before?: (side: Side) => Promise<void>;
  after?: (side: Side) => Promise<void>;
}

export type Side = 'app' | 'floor';

export interface Samples {
  app: number[];
  floor: number[];
}

/**
 * Warm-up rounds first (not recorded), then `reps` rounds of one app and one floor run,
 * interleaved and alternating which goes first, so a noisy moment on this machine hits both
 * sides rather than deciding the ratio.
 */
export async function interleave(op: Operation, reps: number, warmup: number): Promise<Samples> {
  for (let i = 0; i < warmup; i++) {
    for (const side of ['app', 'floor'] as const) {
      await op.before?.(side);
      await op[side]();
      await op.after?.(side);
    }
  }
  const samples: Samples = { app: [], floor: [] };
  for (let i = 0; i < reps; i++) {
    const order: Side[] = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
    for (const side of order) {
      await op.before?.(side);
      samples[side].push(await time(op[side]));
      await op.after?.(side);
    }
  }
  return samples;
}

export async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** A row of the result table; `extra` holds operation-specific figures (bytes, MB/s, RSS). */
export interface OpResult {
  key: string;
  name: string;
  app: Summary | null;
  floor: Summary | null;
  /** Median app / median floor. */
  ratio: number | null;
  extra?: Record<string, number | string>;
}

export function toResult(op: Pick<Operation, 'key' | 'name'>, samples: Samples, extra?: OpResult['extra']): OpResult {
  const app = summarize(samples.app);
  const floor = summarize(samples.floor);
  return { key: op.key, name: op.name, app, floor, ratio: app.median / floor.median, ...(extra ? { extra } : {}) };
}
