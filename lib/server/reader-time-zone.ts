import 'server-only';
import { cookies } from 'next/headers';
import { isTimeZone, TIME_ZONE_COOKIE } from '@/lib/ui/reader-time-zone';

/**
 * The time zone the browser last reported (lib/ui/reader-time-zone.ts), or null when it never
 * has. Next's cookie parser has URL-decoded the value already (and dropped one that does not decode).
 */
export async function readerTimeZone(): Promise<string | null> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(zone) ? zone : null;
}
