import { describe, expect, it } from 'vitest';
import { recorder } from '../../../scripts/bench/load/recorder';

describe('load step recorder', () => {
  it('drops the warm-up, counts throughput inside the window only, keeps the in-flight tail for latency', () => {
    let now = 0;
    const record = recorder({ from: 1000, to: 11_000 }, () => now);
    const at = (time: number, ms: number, kind: 'open' | 'folders' = 'open', error: string | null = null) => {
      now = time;
      record.record(kind, ms, error);
    };
    at(500, 900);
    at(1000, 10);
    at(6000, 20, 'folders');
    at(11_000, 30);
    at(11_500, 400, 'open', 'HTTP 500');
    const result = record.result();
    expect(result.inWindow).toBe(3);
    expect(result.latency.n).toBe(4);
    expect(result.latency.max).toBe(400);
    expect(result.errors).toBe(1);
    expect(result.errorKinds).toEqual({ 'open: HTTP 500': 1 });
    expect(Object.keys(result.byRequest)).toEqual(['folders', 'open']);
    expect(result.byRequest.open?.n).toBe(3);
    expect(result.timeline.map((slice) => [slice.fromS, slice.n])).toEqual([
      [0, 1],
      [5, 1],
      [10, 2],
    ]);
  });

  it('counts errors recorded outside any request, such as refused sign-ins', () => {
    const record = recorder({ from: 0, to: 1 }, () => 0);
    record.countError('sign-in: refused');
    expect(record.result().errors).toBe(1);
  });
});
