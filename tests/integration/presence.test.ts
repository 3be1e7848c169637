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

  it('meets the owner under her own name for the folder, is refused without rights, and a personal INBOX tells nobody', async () => {
    const team = await teamOfThree();
    const { alice, bob, carol, dave } = team.accounts;
    const aliceStream = await subscribe(alice, { path: 'Team' });
    const bobStream = await subscribe(bob, { path: team.path });
    try {
      // Bob on shared/alice/Team reaches alice on her Team, in her folder's id; and back.
      await announcePresence(bob, team.ref, { activity: 'replying', active: true });
      expect((await aliceStream.reader.next(isPresence, 5_000)).data).toMatchObject({
        mailboxId: mailboxId('Team'),
        uid: team.ref.uid,
        user: team.users.bob.user,
        activity: 'replying',
      });
      await announcePresence(alice, { ...team.ref, path: 'Team' }, { activity: 'viewing', active: true });
      expect((await bobStream.reader.next(isPresence, 5_000)).data).toMatchObject({
        mailboxId: mailboxId(team.path),
        user: alice.user,
        activity: 'viewing',
      });

      await expect(announcePresence(dave, team.ref, { activity: 'viewing', active: true })).rejects.toMatchObject({
        code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
      });
      // Carol's own INBOX is her room alone: the next thing bob hears is carol in Team.
      await announcePresence(
        carol,
        { path: 'INBOX', uidValidity: team.ref.uidValidity, uid: 1 },
        { activity: 'viewing', active: true },
      );
      await announcePresence(carol, team.ref, { activity: 'viewing', active: true });
      expect((await bobStream.reader.next(isPresence, 5_000)).data).toMatchObject({
        user: team.users.carol.user,
        mailboxId: mailboxId(team.path),
      });
      expect(bobStream.reader.rest().filter(isPresence)).toEqual([]);
    } finally {
      aliceStream.close();
      bobStream.close();
      await team.close();
    }
  });
});
