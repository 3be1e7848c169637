'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PresenceActivity } from '@/lib/schemas/values';
import { api } from './api';
import { NO_PRESENCE, NOBODY, nextLapse, type PresenceMap, type PresentUser, presentOn } from './presence-cache';
import { queryKeys } from './query-keys';

/** Renewed well inside the server's 30 s, so one lost request never makes a teammate vanish. */
const RENEW_MS = 12_000;

/**
 * Who else is in a shared folder, read from the cache the live stream writes (never fetched:
 * the stream sends who is there when it opens), re-read when the next entry lapses. `now` is
 * the time the answer holds for.
 */
export function useFolderPresence(mailboxId: string): { map: PresenceMap; now: number } {
  const { data = NO_PRESENCE } = useQuery({
    queryKey: queryKeys.presence(mailboxId),
    queryFn: () => NO_PRESENCE,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const current = Date.now();
    setNow(current);
    const lapse = nextLapse(data, current);
    if (lapse === null) return;
    const timer = setTimeout(() => setNow(Date.now()), lapse - current + 50);
    return () => clearTimeout(timer);
  }, [data]);
  return { map: data, now };
}

/** Who else is viewing or replying to one message. */
export function usePresence(mailboxId: string, uid: number | undefined): readonly PresentUser[] {
  const { map, now } = useFolderPresence(mailboxId);
  return uid === undefined ? NOBODY : presentOn(map, uid, now);
}

/**
 * Tells teammates the user is viewing or replying to a message while the caller is mounted
 * (`enabled`: a shared folder) and the tab is in view, renewed every RENEW_MS, and that it
 * ended on unmount or when the tab is hidden: a tab left in the background is nobody at the
 * message. Best effort: a refusal or a lost request costs only the note, so nothing is shown.
 */
export function useAnnouncePresence(messageId: string | null, activity: PresenceActivity, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || messageId === null) return;
    const send = (active: boolean) => api.setPresence(messageId, { activity, active }, !active).catch(() => null);
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (timer !== undefined) return;
      void send(true);
      timer = setInterval(() => void send(true), RENEW_MS);
    };
    const stop = () => {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      void send(false);
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? stop() : start());
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    };
  }, [messageId, activity, enabled]);
}
