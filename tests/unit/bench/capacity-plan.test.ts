import { describe, expect, it } from 'vitest';
import { holds, nextStep, passes, rampSteps } from '../../../scripts/bench/load/capacity-plan';

const step = (users: number, p95: number, errors = 0) => ({ users, p95, errors });

describe('capacity ramp', () => {
  it('passes only under 300 ms at the p95 and without errors', () => {
    expect(passes(step(100, 299.9))).toBe(true);
    expect(passes(step(100, 300))).toBe(false);
    expect(passes(step(100, 50, 1))).toBe(false);
  });

  it('ramps up after a passing run and down after a failing one', () => {
    expect(rampSteps(step(100, 200))).toEqual([150, 200, 300, 400]);
    expect(rampSteps(step(100, 400))).toEqual([75, 50, 25]);
    expect(rampSteps(step(250, 200))).toEqual([300, 400]);
  });

  it('stops going up at the first failing step', () => {
    const main = step(100, 200);
    expect(nextStep(main, [])).toBe(150);
    expect(nextStep(main, [step(150, 250)])).toBe(200);
    expect(nextStep(main, [step(150, 250), step(200, 310)])).toBeNull();
    expect(holds(main, [step(150, 250), step(200, 310)])).toBe('150 (200 did not)');
  });

  it('says when every step passed', () => {
    const main = step(100, 100);
    const done = [150, 200, 300, 400].map((n) => step(n, 200));
    expect(nextStep(main, done)).toBeNull();
    expect(holds(main, done)).toBe('≥ 400 (the largest step tried)');
  });

  it('an error fails a step whatever its latency', () => {
    const main = step(100, 100);
    expect(nextStep(main, [step(150, 100, 2)])).toBeNull();
    expect(holds(main, [step(150, 100, 2)])).toBe('100 (150 did not)');
  });

  it('goes down until a step passes, or says below the smallest', () => {
    const main = step(100, 500);
    expect(nextStep(main, [step(75, 400)])).toBe(50);
    expect(nextStep(main, [step(75, 400), step(50, 200)])).toBeNull();
    expect(holds(main, [step(75, 400), step(50, 200)])).toBe('50 (75 did not)');
    expect(holds(main, [step(75, 400), step(50, 350), step(25, 301)])).toBe('< 25');
  });
});
