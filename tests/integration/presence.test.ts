import { describe, expect, it } from 'vitest';
import { type MessageRef, mailboxId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { announcePresence } from '@/lib/presence/announce-presence';

import { changeSharing } from '@/lib/sharing/change-sharing';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { subscribe } from './support/live-stream';
import type { ReadEvent } from './support/sse-reader';
import { accountFor, freshUser } from './support/users';

const isPresence = (event: ReadEvent) => event.event === 'presence';

/** Alice's Team, one message in it, shared with bob and carol (`lrs`); dave is not asked. */
async function teamOfThree() {
  const [alice, bob, carol, dave] = [
    freshUser('presence-alice'),
    freshUser('presence-bob'),
    freshUser('presence-carol'),
    freshUser('presence-dave'),
  ];
  const appended = await withDirectImap(alice, async (imap) => {
    await imap.mailboxCreate('Team');
    const result = await imap.append('Team', 'Subject: a customer asks\r\n\r\nHello team\r\n');
    return result ? { uid: result.uid, uidValidity: result.uidValidity } : undefined;
  });
  if (!appended?.uid || !appended.uidValidity) throw new Error('APPEND gave no UID');
  const owner = accountFor(alice, { session: 'presence' });
  for (const member of [bob, carol]) await changeSharing(owner, 'Team', member.user, 'lrs');
  const path = `shared/${alice.user}/Team`;
  const ref: MessageRef = { path, uidValidity: Number(appended.uidValidity), uid: appended.uid };
  const accounts = {
    alice: owner,
    bob: accountFor(bob, { session: 'presence' }),
    carol: accountFor(carol, { session: 'presence' }),
    dave: accountFor(dave, { session: 'presence' }),
  };
  return { ref, path, users: { bob, carol }, accounts, close: () => Promise.all(Object.values(accounts).map(closeSession)) };
}

describe('presence in a shared folder (design note B.2): told to teammates over the live stream, never stored', () => {
  withAppSettings({ LIVE_GRACE_MS: '200' });

  it('bob viewing and replying reaches carol’s stream, not his own; a late joiner hears who is there; leaving is told', async () => {
    const team = await teamOfThree();
    const { bob, carol } = team.accounts;
    const bobStream = await subscribe(bob, { path: team.path });
    const carolStream = await subscribe(carol, { path: team.path });
    try {
      await announcePresence(bob, team.ref, { activity: 'viewing', active: true });
      const viewing = await carolStream.reader.next(isPresence, 5_000);
      expect(viewing.data).toEqual({
        mailboxId: mailboxId(team.path),
        uid: team.ref.uid,
        user: team.users.bob.user,
        activity: 'viewing',
        active: true,
        ttlMs: 30_000,
      });

      await announcePresence(bob, team.ref, { activity: 'replying', active: true });
      expect((await carolStream.reader.next(isPresence, 5_000)).data).toMatchObject({ activity: 'replying', active: true });

      // Carol opens the folder in a second tab: both of bob's entries are there, with their time left.
      const late = await subscribe(carol, { path: team.path });
      const first = await late.reader.next(isPresence, 5_000);
      const second = await late.reader.next(isPresence, 5_000);
      late.close();
      expect([first.data, second.data].map((data) => (data as { activity: string }).activity).sort()).toEqual([
        'replying',
        'viewing',
      ]);
      for (const { data } of [first, second]) {
        expect(data).toMatchObject({ user: team.users.bob.user, active: true });
        expect((data as { ttlMs: number }).ttlMs).toBeGreaterThan(25_000);
      }

      await announcePresence(bob, team.ref, { activity: 'replying', active: false });
      expect((await carolStream.reader.next(isPresence, 5_000)).data).toMatchObject({
        activity: 'replying',
        active: false,
        ttlMs: 0,
      });
      // Carol's own presence reaches bob: the stream that never heard itself was listening.
      await announcePresence(carol, team.ref, { activity: 'viewing', active: true });
      expect((await bobStream.reader.next(isPresence, 5_000)).data).toMatchObject({ user: team.users.carol.user });
      expect(bobStream.reader.rest().filter(isPresence)).toEqual([]);
      expect(carolStream.reader.rest().filter(isPresence)).toEqual([]);
    } finally {
      bobStream.close();
      carolStream.close();
      await team.close();
    }
  });

  it('is refused in a personal folder (400) and to someone without rights in the folder, who hears nothing', async () => {
    const team = await teamOfThree();
    const { alice, bob, carol, dave } = team.accounts;
    const carolStream = await subscribe(carol, { path: team.path });
    try {
      const inbox: MessageRef = { path: 'INBOX', uidValidity: 1, uid: 1 };
      await expect(announcePresence(bob, inbox, { activity: 'viewing', active: true })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      // Alice's own name for her folder is personal: the owner's side is not a room (left for later).
      const own: MessageRef = { ...team.ref, path: 'Team' };
      await expect(announcePresence(alice, own, { activity: 'viewing', active: true })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(announcePresence(dave, team.ref, { activity: 'viewing', active: true })).rejects.toMatchObject({
        code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
      });
      // The next event carol hears is bob's, not dave's.
      await announcePresence(bob, team.ref, { activity: 'viewing', active: true });
      expect((await carolStream.reader.next(isPresence, 5_000)).data).toMatchObject({ user: team.users.bob.user });
    } finally {
      carolStream.close();
      await team.close();
    }
  });
});
