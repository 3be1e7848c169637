import { describe, expect, it } from 'vitest';
import { isTimeZone, TIME_ZONE_COOKIE, timeZoneCookie } from '@/lib/ui/reader-time-zone';

describe('the reader time zone cookie', () => {
  it('accepts the zones Intl knows', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/Argentina/Buenos_Aires'])
      expect(isTimeZone(zone)).toBe(true);
  });

  it('ignores anything else: a made-up zone, an empty or missing value, markup, a very long value', () => {
    for (const value of ['Mars/Olympus', '', undefined, '<script>', 'Europe/Berlin;x=1', `Europe/${'A'.repeat(80)}`]) {
      expect(isTimeZone(value), String(value)).toBe(false);
    }
  });

  it('is stored for a year on every path, not HttpOnly (the page writes it) and never sent cross-site', () => {
    const cookie = timeZoneCookie('America/Argentina/Buenos_Aires');
    expect(cookie).toBe(`${TIME_ZONE_COOKIE}=America%2FArgentina%2FBuenos_Aires; Path=/; Max-Age=31536000; SameSite=Lax`);
  });
});
