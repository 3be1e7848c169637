import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyLiveEvent } from '@/lib/client/apply-live-event';
import { NO_PRESENCE, NOBODY, nextLapse, type PresenceMap, presentOn, withPresence } from '@/lib/client/presence-cache';
import { queryKeys } from '@/lib/client/query-keys';
import type { PresenceEvent } from '@/lib/schemas/presence';

const event = (user: string, activity: PresenceEvent['activity'], active = true, uid = 7): PresenceEvent => ({
  mailboxId: 'TEAM',
  uid,
  user,
  activity,
  active,
  ttlMs: active ? 30_000 : 0,
});

const apply = (map: PresenceMap, events: PresenceEvent[], now: number) =>
  events.reduce((next, e) => withPresence(next, e, now), map);

describe('presence in the client cache', () => {
  it('keeps each activity of each user until it lapses, on this browser’s clock', () => {
    const map = apply(NO_PRESENCE, [event('bob', 'viewing'), event('carol', 'viewing')], 1_000);
    expect(presentOn(map, 7, 1_000)).toEqual([
      { user: 'bob', activity: 'viewing' },
      { user: 'carol', activity: 'viewing' },
    ]);
    expect(presentOn(map, 7, 31_000)).toEqual([]);
    expect(nextLapse(map, 1_000)).toBe(31_000);
    expect(nextLapse(map, 31_000)).toBeNull();
  });

  it('shows replying before viewing for the same user, and viewing again when the reply ends', () => {
    let map = apply(NO_PRESENCE, [event('bob', 'viewing'), event('bob', 'replying')], 0);
    expect(presentOn(map, 7, 10)).toEqual([{ user: 'bob', activity: 'replying' }]);
    map = withPresence(map, event('bob', 'replying', false), 10);
    expect(presentOn(map, 7, 10)).toEqual([{ user: 'bob', activity: 'viewing' }]);
  });

  it('forgets a message nobody is on, and hands back one shared empty list for it', () => {
    const map = apply(NO_PRESENCE, [event('bob', 'viewing'), event('bob', 'viewing', false)], 0);
    expect(map).toEqual({});
    expect(presentOn(map, 7, 0)).toBe(NOBODY);
    expect(presentOn(apply(NO_PRESENCE, [event('bob', 'viewing', true, 8)], 0), 7, 0)).toBe(NOBODY);
  });

  it('reaches the folder’s cache entry through the live event door', () => {
    const queryClient = new QueryClient();
    applyLiveEvent(queryClient, { event: 'presence', data: event('bob', 'replying') });
    const map = queryClient.getQueryData<PresenceMap>(queryKeys.presence('TEAM')) ?? NO_PRESENCE;
    expect(presentOn(map, 7, Date.now())).toEqual([{ user: 'bob', activity: 'replying' }]);
    expect(queryClient.getQueryData(queryKeys.presence('OTHER'))).toBeUndefined();
  });
});
