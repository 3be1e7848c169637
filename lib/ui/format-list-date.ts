/**
 * Dates in the message list, readable at a glance: the time for today ("14:05"), month and day
 * for this year ("Oct 3"), day, month and year before that ("3 Oct 2024"). "Today" is decided
 * in the reader's time zone, so a message sent at 23:30 UTC is not "today" in Tokyo.
 */
export interface ListDateOptions {
  /** The moment to compare with; the list passes the time its data was fetched. */
  now: Date | number;
  /** IANA zone; the browser's own when left out. */
  timeZone?: string;
  /** The UI is English (<html lang="en">); the parameter exists for tests and a later locale setting. */
  locale?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Building a DateTimeFormat costs far more than using one; a long list formats thousands of dates.
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

function dayParts(date: Date, locale: string, timeZone: string | undefined): Record<'year' | 'month' | 'day', string> {
  const parts = formatter(locale, timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

export function formatListDate(value: string | Date, { now, timeZone, locale = 'en' }: ListDateOptions): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const then = dayParts(date, locale, timeZone);
  const today = dayParts(new Date(now), locale, timeZone);

  if (then.year === today.year && then.month === today.month && then.day === today.day) {
    return formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  }
  if (then.year === today.year) return formatter(locale, timeZone, { month: 'short', day: 'numeric' }).format(date);
  // Day-month-year with no comma: unambiguous across English readers, unlike 10/03/2024.
  const parts = formatter(locale, timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${pick('day')} ${pick('month')} ${pick('year')}`;
}

/** The full date and time, for tooltips and the message header: "Thu, 1 Oct 2026, 09:00". */
export function formatFullDate(value: string | Date, { timeZone, locale = 'en' }: Omit<ListDateOptions, 'now'> = {}): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const parts = formatter(locale, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${pick('weekday')}, ${pick('day')} ${pick('month')} ${pick('year')}, ${pick('hour')}:${pick('minute')}`;
}
