import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { subscribe } from './support/live-stream';
import { sentCommandsByConnection } from './support/rawlog';
import { accountFor, freshUser, openConnections } from './support/users';

describe('other folders pushed by NOTIFY (RFC 5465; in process, against Dovecot)', () => {
  // Ten minutes between reads: whatever arrives sooner was pushed.
  withAppSettings({ LIVE_STATUS_INTERVAL_MS: '600000', LIVE_GRACE_MS: '200' });

  it('sends counts of a folder another client changes, and `mailboxes` when one is created, with no polling', async () => {
    const owner = freshUser('notify');
    const account = accountFor(owner, { session: 'notify' });
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Projects'));
    const { reader, close } = await subscribe(account);
    // NOTIFY is set once the baseline is read: until then a change would be part of the baseline.
    await expect.poll(() => openConnections(owner.user)).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const uid = await withDirectImap(owner, async (imap) => {
      const appended = await imap.append('Projects', 'Subject: Elsewhere\r\n\r\nx\r\n');
      return Number(appended ? appended.uid : 0);
    });
    const counts = (event: { event: string; data: unknown }) =>
      event.event === 'mailbox' && (event.data as { mailboxId: string }).mailboxId === mailboxId('Projects');
    expect((await reader.next(counts, 5_000)).data).toEqual({ mailboxId: mailboxId('Projects'), total: 1, unseen: 1 });

    await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('Projects');
      await imap.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    });
    expect((await reader.next(counts, 5_000)).data).toEqual({ mailboxId: mailboxId('Projects'), total: 1, unseen: 0 });

    await withDirectImap(owner, (imap) => imap.mailboxCreate('Fresh'));
    await reader.next((event) => event.event === 'mailboxes', 5_000);

    close();
    await closeSession(account);
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
    const connections = sentCommandsByConnection(owner.user, 'full');
    const notifying = connections.filter((commands) => commands.some((command) => command.name === 'NOTIFY'));
    expect(notifying).toHaveLength(1);
    // It only listens: NOTIFY SET, then nothing but LOGOUT (imapflow's set-up before it aside).
    const names = (notifying[0] ?? []).map((command) => command.name);
    expect(names.slice(names.indexOf('NOTIFY'))).toEqual(['NOTIFY', 'LOGOUT']);
    // Folder lists: the baseline and the read after the tree changed, not one per interval or change.
    const lists = connections.flat().filter((command) => /^\S+ LIST .*RETURN/i.test(command.line));
    expect(lists.length).toBeLessThanOrEqual(3);
  });
});
