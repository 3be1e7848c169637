'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PresenceActivity } from '@/lib/schemas/values';
import { api } from './api';
import { NO_PRESENCE, NOBODY, nextLapse, type PresenceMap, type PresentUser, presentOn } from './presence-cache';
import { queryKeys } from './query-keys';

/** Renewed at 40% of the time the server gives it (30 s by default), so one lost request never makes a teammate vanish. */
const RENEW_SHARE = 0.4;
/** Until the first answer says otherwise, or after a failed one. */
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
 * (`enabled`: a shared folder) and the tab is in view, renewed within the time the server
 * gives, and that it ended on unmount or when the tab is hidden: a tab left in the background
 * is nobody at the message. Best effort: a refusal or a lost request costs only the note, so nothing is shown.
 */
export function useAnnouncePresence(messageId: string | null, activity: PresenceActivity, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || messageId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let present = false;
    // A hide and a show while a renewal is under way must not leave two chains of renewals.
    let round = 0;
    const renew = async (mine: number) => {
      const answer = await api.setPresence(messageId, { activity, active: true }).catch(() => null);
      if (present && mine === round) timer = setTimeout(() => void renew(mine), answer ? answer.ttlMs * RENEW_SHARE : RENEW_MS);
    };
    const start = () => {
      if (present) return;
      present = true;
      void renew(++round);
    };
    const stop = () => {
      if (!present) return;
      present = false;
      round += 1;
      clearTimeout(timer);
      void api.setPresence(messageId, { activity, active: false }, true).catch(() => null);
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
