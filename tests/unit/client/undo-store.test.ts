import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissUndo, isOffered, notify, offerUndo, runUndo } from '@/lib/client/undo-store';

afterEach(() => dismissUndo());

describe('the undo offer', () => {
  it('runs an Undo once, from the button or z, and is gone after', () => {
    const undo = vi.fn();
    const id = offerUndo('Archived', undo);
    expect(isOffered(id)).toBe(true);
    expect(runUndo(true)).toBe(true);
    expect(runUndo()).toBe(false);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(isOffered(id)).toBe(false);
  });

  it('leaves another action (Open) to its button: z does not run it', () => {
    const open = vi.fn();
    offerUndo('Not sent', open, undefined, 'Open');
    expect(runUndo(true)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(runUndo()).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('lets a notice replace an offer, and a notice has nothing to run', () => {
    const undo = vi.fn();
    const id = offerUndo('Sending…', undo);
    notify('Message sent');
    expect(isOffered(id)).toBe(false);
    expect(runUndo()).toBe(false);
    expect(undo).not.toHaveBeenCalled();
  });
});
