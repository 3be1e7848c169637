import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import type { AppClient } from './support/http-client';
import { seed, signedIn } from './support/move-fixtures';
import { freshUser } from './support/users';

async function listedUids(app: AppClient, path: string): Promise<number[]> {
  const response = await app.request('GET', `/api/mailboxes/${mailboxId(path)}/messages?sort=date&order=desc&limit=50`);
  expect(response.status).toBe(200);
  return ((response.json?.messages ?? []) as Array<{ uid: number }>).map((message) => message.uid).sort((a, b) => a - b);
}

describe('the message list after a message leaves and comes back', () => {
  it('shows the returned message under its new UID, though EXISTS ends where it started', async () => {
    const owner = freshUser('list-move');
    await seed(owner, 'INBOX', 3);
    const app = await signedIn(owner);
    expect(await listedUids(app, 'INBOX')).toEqual([1, 2, 3]);

    // The app archives message 2 on its pooled connection, which keeps INBOX selected.
    const archived = await app.request('POST', '/api/messages/archive', { mailboxId: mailboxId('INBOX'), uids: [2] });
    expect(archived.status).toBe(200);
    const [[, archivedUid]] = (archived.json?.uidMap ?? [[0, 0]]) as [[number, number]];

    // Another client moves it back: INBOX has three messages again, the returned one as UID 4.
    await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('Archive');
      await imap.messageMove(String(archivedUid), 'INBOX', { uid: true }).finally(() => lock.release());
    });
    expect(await listedUids(app, 'INBOX')).toEqual([1, 3, 4]);
  });
});
