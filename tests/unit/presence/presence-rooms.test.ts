import { describe, expect, it } from 'vitest';
import { presenceRoom } from '@/lib/presence/presence-room';
import { presenceIn, presenceTtlMs, writePresence } from '@/lib/presence/presence-rooms';

const PRESENCE_TTL_MS = presenceTtlMs();

const NAMESPACES = {
  personal: [{ prefix: '', delimiter: '/' }],
  other: [{ prefix: 'shared/', delimiter: '/' }],
  shared: [{ prefix: 'Public/', delimiter: '/' }],
};

const room = (path: string, overrides: Partial<{ host: string; port: number; uidValidity: number; user: string }> = {}) => {
  const { host = 'imap.example.org', port = 993, uidValidity = 42, user = 'dave' } = overrides;
  return presenceRoom({ user, host, port }, path, uidValidity, NAMESPACES);
};

describe('presence rooms: one per shared folder of a server, as everyone names it', () => {
  it('are one room for the owner’s own name of a folder and everyone else’s (RFC 2342)', () => {
    expect(room('Team', { user: 'Alice' })).toBe(room('shared/alice/Team', { user: 'bob' }));
    expect(room('Team/2024', { user: 'alice' })).toBe(room('shared/alice/Team/2024', { user: 'carol' }));
    expect(room('Public/Sales', { user: 'alice' })).toBe(room('Public/Sales', { user: 'bob' }));
    // Two people's own folders of one name are two folders.
    expect(room('Team', { user: 'alice' })).not.toBe(room('Team', { user: 'bob' }));
    expect(room('INBOX', { user: 'alice' })).not.toBe(room('shared/bob/INBOX', { user: 'alice' }));
    expect(room('inbox', { user: 'bob' })).toBe(room('shared/bob/INBOX', { user: 'alice' }));
  });

  it('gives each user the others in the room, not themselves, until the entries lapse', () => {
    const team = room('shared/alice/Team-1');
    expect(writePresence(team, { uid: 3, user: 'Bob', activity: 'viewing' }, true, 0)).toBe(true);
    writePresence(team, { uid: 3, user: 'carol', activity: 'replying' }, true, 1_000);
    expect(presenceIn(team, 'bob', 2_000).map((entry) => entry.user)).toEqual(['carol']);
    expect(presenceIn(team, 'dave', 2_000).map((entry) => entry.user)).toEqual(['Bob', 'carol']);
    expect(presenceIn(team, 'dave', PRESENCE_TTL_MS).map((entry) => entry.user)).toEqual(['carol']);
    expect(presenceIn(team, 'dave', PRESENCE_TTL_MS + 1_000)).toEqual([]);
  });

  it('keeps rooms apart by server, port and UIDVALIDITY (RFC 3501 §2.3.1.1: other UIDs, other messages)', () => {
    writePresence(room('Public/Sales'), { uid: 1, user: 'bob', activity: 'viewing' }, true, 0);
    for (const other of [
      room('Public/Sales', { host: 'other.example.org' }),
      room('Public/Sales', { port: 143 }),
      room('Public/Sales', { uidValidity: 43 }),
      room('Public/Sales2'),
    ]) {
      expect(presenceIn(other, 'dave', 1)).toEqual([]);
    }
    expect(presenceIn(room('Public/Sales', { host: 'IMAP.example.org' }), 'dave', 1)).toHaveLength(1);
  });

  it('says whether an ending changed anything: an unknown one is not worth telling', () => {
    const team = room('shared/alice/Team-2');
    expect(writePresence(team, { uid: 3, user: 'bob', activity: 'viewing' }, false, 0)).toBe(false);
    writePresence(team, { uid: 3, user: 'bob', activity: 'viewing' }, true, 0);
    expect(writePresence(team, { uid: 3, user: 'bob', activity: 'viewing' }, false, 1)).toBe(true);
    expect(presenceIn(team, 'dave', 2)).toEqual([]);
  });

  it('holds at most 200 entries in a room, the newest', () => {
    const crowd = room('Public/Crowd');
    for (let uid = 1; uid <= 250; uid++) writePresence(crowd, { uid, user: 'bob', activity: 'viewing' }, true, 0);
    const left = presenceIn(crowd, 'dave', 1);
    expect(left).toHaveLength(200);
    expect(Math.min(...left.map((entry) => entry.uid))).toBe(51);
  });
});
