import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, startOf } from '@/lib/imap/list/list-cursor';

const expected = { uidValidity: 7, sort: 'date', order: 'desc' } as const;
const cursor = { ...expected, position: 3, lastUid: 30 };

describe('list cursor', () => {
  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(cursor), expected)).toEqual(cursor);
  });

  it('starts after the last UID shown, wherever it moved to', () => {
    expect(startOf(cursor, Uint32Array.from([50, 40, 30, 20, 10]))).toBe(3);
    // A message arrived at the top: position 3 would repeat UID 30.
    expect(startOf(cursor, Uint32Array.from([60, 50, 40, 30, 20, 10]))).toBe(4);
  });

  it('falls back to the position when the last UID was expunged', () => {
    expect(startOf(cursor, Uint32Array.from([50, 40, 20, 10]))).toBe(3);
    expect(startOf(cursor, Uint32Array.from([50]))).toBe(1);
    expect(startOf(undefined, Uint32Array.from([50]))).toBe(0);
  });

  it('refuses a cursor of another list, and a recreated folder as a conflict', () => {
    expect(() => decodeCursor(encodeCursor(cursor), { ...expected, sort: 'size' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
    expect(() => decodeCursor('not json', expected)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => decodeCursor(encodeCursor({ ...cursor, uidValidity: 8 }), expected)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});
