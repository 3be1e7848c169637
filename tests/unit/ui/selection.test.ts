import { describe, expect, it } from 'vitest';
import {
  clickSelection,
  hasSelection,
  isSelected,
  keepPresent,
  NO_SELECTION,
  selectAll,
  selectedCount,
  selectionUids,
  selectRange,
  toggleRow,
} from '@/lib/ui/selection';

// List order (newest first), not UID order: ranges follow what the reader sees.
const order = [50, 40, 30, 20, 10];

describe('selection', () => {
  it('toggles one row and makes it the anchor', () => {
    const one = toggleRow(NO_SELECTION, 30, order);
    expect([...one.uids]).toEqual([30]);
    expect(one.anchor).toBe(30);
    const none = toggleRow(one, 30, order);
    expect(hasSelection(none)).toBe(false);
  });

  it('shift-click adds the run from the anchor in list order, either direction', () => {
    const down = selectRange(toggleRow(NO_SELECTION, 40, order), 20, order);
    expect(selectionUids(down, undefined, order)).toEqual([20, 30, 40]);
    const up = selectRange(toggleRow(NO_SELECTION, 20, order), 50, order);
    expect(selectionUids(up, undefined, order)).toEqual([20, 30, 40, 50]);
  });

  it('a range keeps rows ticked elsewhere', () => {
    const start = toggleRow(toggleRow(NO_SELECTION, 10, order), 50, order);
    const range = selectRange(start, 30, order);
    expect(selectionUids(range, undefined, order)).toEqual([10, 30, 40, 50]);
  });

  it('shift-click without an anchor toggles the row', () => {
    expect([...selectRange(NO_SELECTION, 20, order).uids]).toEqual([20]);
  });

  it('a plain click is not a selection click; ctrl/cmd toggles; shift ranges', () => {
    expect(clickSelection(NO_SELECTION, 20, order, { shift: false, toggle: false })).toBeNull();
    expect([...(clickSelection(NO_SELECTION, 20, order, { shift: false, toggle: true })?.uids ?? [])]).toEqual([20]);
    const anchored = toggleRow(NO_SELECTION, 50, order);
    expect(clickSelection(anchored, 30, order, { shift: true, toggle: false })?.uids.size).toBe(3);
  });

  it('select all names the whole folder as one UID set below UIDNEXT', () => {
    const all = selectAll();
    expect(isSelected(all, 12345)).toBe(true);
    expect(selectionUids(all, 1001, order)).toBe('1:1000');
    expect(selectedCount(all, 940)).toBe(940);
    // Without UIDNEXT the highest UID seen bounds it.
    expect(selectionUids(all, undefined, order)).toBe('1:50');
  });

  it('unticking one row of "all" keeps the other loaded rows', () => {
    const some = toggleRow(selectAll(), 30, order);
    expect(some.all).toBe(false);
    expect(selectionUids(some, 1001, order)).toEqual([10, 20, 40, 50]);
  });

  it('drops rows that left the list', () => {
    const picked = toggleRow(toggleRow(NO_SELECTION, 10, order), 30, order);
    const kept = keepPresent(picked, [50, 40, 20, 10]);
    expect([...kept.uids]).toEqual([10]);
    expect(kept.anchor).toBeNull();
    expect(keepPresent(picked, order)).toBe(picked);
  });
});
