/**
 * The reader's time zone travels in a cookie, so the server renders the list's dates ("14:05",
 * "Oct 3") as the browser will: a page whose HTML and first client render disagree is thrown
 * away and drawn again by React. Not a secret and not trusted: any value that is not a time
 * zone Intl knows is ignored.
 */
export const TIME_ZONE_COOKIE = 'letterbox_tz';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export function isTimeZone(value: string | undefined): value is string {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The `document.cookie` assignment that stores `zone` (an IANA name: no character needs escaping). */
export function timeZoneCookie(zone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
}
