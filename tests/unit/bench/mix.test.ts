import { describe, expect, it } from 'vitest';
import { pickOne, planRound, REQUEST_KINDS } from '../../../scripts/bench/load/mix';

/** A stand-in for Math.random that answers the given values in turn. */
const answers = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};

describe('the load mix', () => {
  it('always lists folders, reads INBOX, opens twice and pages once', () => {
    expect(planRound(answers(0.9, 0.9))).toEqual(['folders', 'first page', 'open', 'next page', 'open']);
  });

  it('adds a deep page and another folder, each in one round of three', () => {
    expect(planRound(answers(0.1, 0.9))).toEqual(['folders', 'first page', 'open', 'next page', 'open', 'deep page']);
    expect(planRound(answers(0.9, 0.1)).at(-1)).toBe('other folder');
    expect(planRound(answers(0.2, 0.2))).toHaveLength(7);
  });

  it('comes out at the stated proportions over many rounds', () => {
    const counts = new Map<string, number>();
    let seed = 1;
    // A small LCG: deterministic, and uniform enough for proportions at this count.
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let total = 0;
    for (let round = 0; round < 30_000; round++) {
      for (const kind of planRound(random)) {
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        total++;
      }
    }
    expect(total / 30_000).toBeCloseTo(5 + 2 / 3, 1);
    expect((counts.get('open') ?? 0) / total).toBeCloseTo(0.353, 2);
    expect((counts.get('deep page') ?? 0) / total).toBeCloseTo(0.059, 2);
    expect([...counts.keys()].sort()).toEqual([...REQUEST_KINDS].sort());
  });

  it('picks uniformly, and nothing from an empty list', () => {
    expect(pickOne(['a', 'b', 'c', 'd'], () => 0)).toBe('a');
    expect(pickOne(['a', 'b', 'c', 'd'], () => 0.99)).toBe('d');
    expect(pickOne([], () => 0.5)).toBeUndefined();
  });
});
