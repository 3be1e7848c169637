import { describe, expect, it } from 'vitest';
import {
  contentRange,
  ifRangeAllows,
  matchesIfNoneMatch,
  parseRange,
  resolveRange,
  unsatisfiedRange,
} from '@/lib/download/range';

describe('parseRange', () => {
  it.each([
    ['bytes=1000-1999', { start: 1000, end: 1999 }],
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=500-', { start: 500, end: null }],
    ['bytes=-500', { suffix: 500 }],
    ['BYTES = 7 - 9', { start: 7, end: 9 }],
    ['bytes=007-010', { start: 7, end: 10 }],
  ])('reads %s', (header, spec) => {
    expect(parseRange(header)).toEqual(spec);
  });

  it.each([
    [null],
    [''],
    ['bytes=-'],
    ['bytes=5-4'],
    ['bytes=0-1,5-6'],
    ['bytes=a-b'],
    ['bytes=-1-2'],
    ['items=0-1'],
    ['bytes 0-1'],
    ['bytes=1.5-2'],
  ])('ignores %s (the whole body is sent)', (header) => {
    expect(parseRange(header)).toBeNull();
  });
});

describe('resolveRange', () => {
  const size = 5_242_880;

  it('keeps a range inside the body', () => {
    expect(resolveRange({ start: 1000, end: 1999 }, size)).toEqual({ start: 1000, end: 1999 });
  });

  it('clamps an end past the last byte and fills an open end', () => {
    expect(resolveRange({ start: 10, end: 99_999_999 }, 100)).toEqual({ start: 10, end: 99 });
    expect(resolveRange({ start: 10, end: null }, 100)).toEqual({ start: 10, end: 99 });
  });

  it('takes a suffix from the end, or the whole body when it is longer', () => {
    expect(resolveRange({ suffix: 500 }, size)).toEqual({ start: size - 500, end: size - 1 });
    expect(resolveRange({ suffix: 500 }, 100)).toEqual({ start: 0, end: 99 });
  });

  it('is unsatisfiable at or past the end, for an empty suffix and for an empty body', () => {
    expect(resolveRange({ start: 99_999_999, end: null }, size)).toBe('unsatisfiable');
    expect(resolveRange({ start: 100, end: 200 }, 100)).toBe('unsatisfiable');
    expect(resolveRange({ suffix: 0 }, 100)).toBe('unsatisfiable');
    expect(resolveRange({ suffix: 10 }, 0)).toBe('unsatisfiable');
  });

  it('formats Content-Range for 206 and 416', () => {
    expect(contentRange({ start: 1000, end: 1999 }, size)).toBe('bytes 1000-1999/5242880');
    expect(unsatisfiedRange(size)).toBe('bytes */5242880');
  });
});

describe('conditional headers', () => {
  const etag = '"abc"';

  it('matches If-None-Match weakly, in a list, and for *', () => {
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abd"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });

  it('honours a Range under If-Range only for the same strong tag', () => {
    expect(ifRangeAllows(null, etag)).toBe(true);
    expect(ifRangeAllows('"abc"', etag)).toBe(true);
    expect(ifRangeAllows('W/"abc"', etag)).toBe(false);
    expect(ifRangeAllows('"old"', etag)).toBe(false);
    expect(ifRangeAllows('Tue, 01 Sep 2026 10:00:00 GMT', etag)).toBe(false);
  });
});
