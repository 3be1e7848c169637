import { describe, expect, it } from 'vitest';
import { formatFullDate, formatListDate } from '@/lib/ui/format-list-date';

const now = new Date('2026-10-01T15:30:00Z');

describe('formatListDate', () => {
  it('shows the 24-hour time for a message from today', () => {
    expect(formatListDate('2026-10-01T14:05:00Z', { now, timeZone: 'UTC' })).toBe('14:05');
    expect(formatListDate('2026-10-01T00:00:00Z', { now, timeZone: 'UTC' })).toBe('00:00');
  });

  it('shows month and day for an earlier day this year', () => {
    expect(formatListDate('2026-09-30T23:59:00Z', { now, timeZone: 'UTC' })).toBe('Sep 30');
    expect(formatListDate('2026-01-03T08:00:00Z', { now, timeZone: 'UTC' })).toBe('Jan 3');
  });

  it('shows day, month and year for an earlier year', () => {
    expect(formatListDate('2024-10-03T08:00:00Z', { now, timeZone: 'UTC' })).toBe('3 Oct 2024');
    expect(formatListDate('2025-12-31T23:00:00Z', { now, timeZone: 'UTC' })).toBe('31 Dec 2025');
  });

  it("decides 'today' in the reader's time zone", () => {
    // 01:00 UTC on Oct 1 is still Sep 30 in New York, while "now" (15:30 UTC) is Oct 1 there.
    expect(formatListDate('2026-10-01T01:00:00Z', { now, timeZone: 'America/New_York' })).toBe('Sep 30');
    // 23:30 UTC on Sep 30 is already Oct 1, 08:30 in Tokyo, where "now" is 00:30 on Oct 2.
    expect(formatListDate('2026-09-30T23:30:00Z', { now, timeZone: 'Asia/Tokyo' })).toBe('Oct 1');
    expect(formatListDate('2026-10-01T15:00:00Z', { now, timeZone: 'Asia/Tokyo' })).toBe('00:00');
  });

  it('treats a date in the future like any other day of its year', () => {
    expect(formatListDate('2026-12-24T10:00:00Z', { now, timeZone: 'UTC' })).toBe('Dec 24');
    expect(formatListDate('2027-01-02T10:00:00Z', { now, timeZone: 'UTC' })).toBe('2 Jan 2027');
  });

  it('accepts Date objects and returns nothing for an unreadable date', () => {
    expect(formatListDate(new Date('2026-10-01T09:00:00Z'), { now: now.getTime(), timeZone: 'UTC' })).toBe('09:00');
    expect(formatListDate('not a date', { now, timeZone: 'UTC' })).toBe('');
  });
});

describe('formatFullDate', () => {
  it('spells out weekday, date and time', () => {
    expect(formatFullDate('2026-10-01T09:00:00Z', { timeZone: 'UTC' })).toBe('Thu, 1 Oct 2026, 09:00');
    expect(formatFullDate('2024-02-29T23:59:00Z', { timeZone: 'Asia/Tokyo' })).toBe('Fri, 1 Mar 2024, 08:59');
    expect(formatFullDate('', { timeZone: 'UTC' })).toBe('');
  });
});
