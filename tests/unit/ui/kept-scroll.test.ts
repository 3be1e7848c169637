import { describe, expect, it } from 'vitest';
import { keptScrollTop } from '@/lib/ui/kept-scroll';

const H = 56;
const BEFORE = ['a', 'b', 'c', 'd', 'e', 'f'];

/** The offset after the list went from BEFORE to `after`, scrolled to `scrollTop` before. */
function kept(scrollTop: number, after: string[]): number {
  const index = new Map(after.map((id, i) => [id, i]));
  const rows = (ids: string[]) => ids.map((id) => ({ id }));
  return keptScrollTop(scrollTop, H, rows(BEFORE), rows(after), (id) => index.get(id));
}

describe('keptScrollTop', () => {
  it('moves by the height of the rows that came above the first row in view', () => {
    // Scrolled to the middle of c: two rows arrive at the top.
    expect(kept(2 * H + 20, ['n1', 'n2', ...BEFORE])).toBe(4 * H + 20);
  });

  it('leaves the offset when rows came below, or when the reader is at the top (new mail shows there)', () => {
    expect(kept(2 * H, ['a', 'b', 'c', 'n1', 'd', 'e', 'f'])).toBe(2 * H);
    expect(kept(0, ['n1', ...BEFORE])).toBe(0);
  });

  it('moves back by the rows that left above', () => {
    expect(kept(3 * H + 5, ['b', 'd', 'e', 'f'])).toBe(H + 5);
  });

  it('anchors on the next row that stayed when the first row in view itself left', () => {
    expect(kept(2 * H + 10, ['a', 'b', 'd', 'e', 'f'])).toBe(H + 10);
  });

  it('keeps the offset of a list in another order: a new sort is no arrival', () => {
    expect(kept(2 * H, ['f', 'e', 'd', 'c', 'b', 'a'])).toBe(2 * H);
    expect(kept(2 * H, ['n1', 'f', 'e', 'd', 'c', 'b', 'a'])).toBe(2 * H);
  });
});
