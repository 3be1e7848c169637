'use client';

import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { timeZoneCookie } from '@/lib/ui/reader-time-zone';

const ReaderTimeZoneContext = createContext<string | undefined>(undefined);

/** The browser's IANA zone (read from Intl, which always knows it). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Stores the browser's zone for the server's next render of the mail pages (lib/ui/reader-time-zone.ts). */
export function rememberTimeZone(): void {
  // biome-ignore lint/suspicious/noDocumentCookie: one plain, non-secret cookie; the Cookie Store API is not in every browser yet
  document.cookie = timeZoneCookie(browserTimeZone());
}

/**
 * The zone the mail pages format dates in. It starts as the zone the server rendered with (the
 * cookie), so the HTML and the first client render agree; a browser that has moved to another
 * zone since switches right after and stores its new zone for the next page load.
 */
export function ReaderTimeZoneProvider({ zone, children }: { zone: string | null; children: ReactNode }) {
  const [current, setCurrent] = useState(zone ?? undefined);
  useEffect(() => {
    const actual = browserTimeZone();
    if (actual === zone) return;
    rememberTimeZone();
    setCurrent(actual);
  }, [zone]);
  return <ReaderTimeZoneContext value={current}>{children}</ReaderTimeZoneContext>;
}

/** The reader's zone for formatting dates; undefined (the browser's own) until the server knows it. */
export function useReaderTimeZone(): string | undefined {
  return useContext(ReaderTimeZoneContext);
}
