import 'server-only';
import { env } from '@/lib/config/env';
import type { PresenceActivity } from '@/lib/schemas/values';

/** How long an announcement holds unless renewed (PRESENCE_TTL_MS; the browser renews at 40% of it). */
export const presenceTtlMs = () => env().PRESENCE_TTL_MS;
/** A folder with more people in it than this keeps the newest (memory never grows with a misbehaving client). */
const MAX_PER_ROOM = 200;

export interface PresenceEntry {
  uid: number;
  user: string;
  activity: PresenceActivity;
  expires: number;
}

/**
 * Who is doing what in each folder people share, kept by this instance only (a scale-out keeps
 * it in Redis under a TTL, design note B.2): one room per folder of a server as everyone names
 * it (presence-room.ts), so the owner and those she shares with meet. Expired entries are
 * dropped whenever a room is read or written, and a room with none left is forgotten.
 */
interface Rooms {
  rooms: Map<string, Map<string, PresenceEntry>>;
  sweptAt: number;
}

const holder = globalThis as typeof globalThis & { __letterboxPresence?: Rooms };

function rooms(now = Date.now()): Map<string, Map<string, PresenceEntry>> {
  holder.__letterboxPresence ??= { rooms: new Map(), sweptAt: now };
  const state = holder.__letterboxPresence;
  // Rooms nobody reads again are swept with the rest once per TTL.
  if (now - state.sweptAt > presenceTtlMs()) {
    state.sweptAt = now;
    for (const [key, room] of state.rooms) {
      sweep(room, now);
      if (room.size === 0) state.rooms.delete(key);
    }
  }
  return state.rooms;
}

const entryKey = ({ uid, user, activity }: Omit<PresenceEntry, 'expires'>) =>
  `${uid}\u0000${user.toLowerCase()}\u0000${activity}`;

/** Records (active) or removes an entry; returns whether anything changed that others should hear. */
export function writePresence(key: string, entry: Omit<PresenceEntry, 'expires'>, active: boolean, now = Date.now()): boolean {
  const room = rooms(now).get(key) ?? new Map<string, PresenceEntry>();
  sweep(room, now);
  const id = entryKey(entry);
  const known = room.has(id);
  if (active) {
    room.delete(id);
    room.set(id, { ...entry, expires: now + presenceTtlMs() });
    while (room.size > MAX_PER_ROOM) room.delete(room.keys().next().value as string);
  } else {
    room.delete(id);
  }
  if (room.size > 0) rooms(now).set(key, room);
  else rooms(now).delete(key);
  return active || known;
}

/** Everyone present in a folder now, but `except` (the asking user). */
export function presenceIn(key: string, except: string, now = Date.now()): PresenceEntry[] {
  const room = rooms(now).get(key);
  if (!room) return [];
  sweep(room, now);
  if (room.size === 0) rooms(now).delete(key);
  return [...room.values()].filter((entry) => entry.user.toLowerCase() !== except.toLowerCase());
}

function sweep(room: Map<string, PresenceEntry>, now: number): void {
  for (const [id, entry] of room) if (entry.expires <= now) room.delete(id);
}
