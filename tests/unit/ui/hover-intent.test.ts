import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '@/lib/ui/hover-intent';

const mouse = { pointerType: 'mouse' };

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the mouse has rested for the delay', () => {
    const intent = createHoverIntent(65);
    const run = vi.fn();
    intent.enter(mouse, run);
    vi.advanceTimersByTime(64);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing for a pointer that leaves before the delay, or moves on to another target', () => {
    const intent = createHoverIntent(65);
    const first = vi.fn();
    const second = vi.fn();
    intent.enter(mouse, first);
    vi.advanceTimersByTime(40);
    intent.enter(mouse, second);
    vi.advanceTimersByTime(40);
    intent.leave();
    vi.advanceTimersByTime(1_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });

  it('ignores touch and pen: their press is the signal', () => {
    const intent = createHoverIntent(65);
    const run = vi.fn();
    intent.enter({ pointerType: 'touch' }, run);
    intent.enter({ pointerType: 'pen' }, run);
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
