import 'server-only';
import { cookies } from 'next/headers';
import { isTimeZone, TIME_ZONE_COOKIE } from '@/lib/ui/reader-time-zone';

/** The time zone the browser last reported (lib/ui/reader-time-zone.ts), or null when it never has. */
export async function readerTimeZone(): Promise<string | null> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const zone = value === undefined ? undefined : decodeURIComponent(value);
  return isTimeZone(zone) ? zone : null;
}
