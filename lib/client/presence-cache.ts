import type { QueryClient } from '@tanstack/react-query';
import type { PresenceEvent } from '@/lib/schemas/presence';
import type { PresenceActivity } from '@/lib/schemas/values';
import { queryKeys } from './query-keys';

/**
 * Who else is in a shared folder, per message: uid → user → activity → when it lapses, on this
 * browser's clock (the server sends the time left, never a time, so clocks that disagree do not
 * matter). Written only by the live stream's `presence` events.
 */
export type PresenceMap = Readonly<Record<number, Readonly<Record<string, Partial<Record<PresenceActivity, number>>>>>>;

export const NO_PRESENCE: PresenceMap = {};

export interface PresentUser {
  user: string;
  /** Replying, if they are doing both: it is the one that warns. */
  activity: PresenceActivity;
}

export function applyPresence(queryClient: QueryClient, event: PresenceEvent, now = Date.now()): void {
  queryClient.setQueryData<PresenceMap>(queryKeys.presence(event.mailboxId), (old = NO_PRESENCE) =>
    withPresence(old, event, now),
  );
}

export function withPresence(map: PresenceMap, { uid, user, activity, active, ttlMs }: PresenceEvent, now: number): PresenceMap {
  const { [activity]: _, ...others } = map[uid]?.[user] ?? {};
  const activities = active ? { ...others, [activity]: now + ttlMs } : others;
  const { [user]: __, ...otherUsers } = map[uid] ?? {};
  const users = Object.keys(activities).length > 0 ? { ...otherUsers, [user]: activities } : otherUsers;
  const { [uid]: ___, ...rest } = map;
  return Object.keys(users).length > 0 ? { ...rest, [uid]: users } : rest;
}

/** Nobody: one array, so a memoised list row with nobody on it never re-renders for presence. */
export const NOBODY: readonly PresentUser[] = [];

/** Who is on message `uid` at `now`, by name. */
export function presentOn(map: PresenceMap, uid: number, now: number): readonly PresentUser[] {
  if (!map[uid]) return NOBODY;
  const present: PresentUser[] = [];
  for (const [user, activities] of Object.entries(map[uid] ?? {})) {
    if ((activities.replying ?? 0) > now) present.push({ user, activity: 'replying' });
    else if ((activities.viewing ?? 0) > now) present.push({ user, activity: 'viewing' });
  }
  return present.sort((a, b) => a.user.localeCompare(b.user));
}

/** When the next entry after `now` lapses (to show its going then), or null. */
export function nextLapse(map: PresenceMap, now: number): number | null {
  let next: number | null = null;
  for (const users of Object.values(map))
    for (const activities of Object.values(users))
      for (const until of Object.values(activities)) if (until > now && (next === null || until < next)) next = until;
  return next;
}
