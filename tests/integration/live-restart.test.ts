import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession } from '@/lib/imap/connection/pool';
import { spareDovecot } from '../../scripts/harness/dovecot';
import { instancePaths } from '../../scripts/imap/paths';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { subscribe } from './support/live-stream';
import { accountFor, freshUser } from './support/users';

/**
 * A Dovecot of its own (same users and mail as the shared ones, its own port), so stopping it
 * disturbs no other test: the server restarts under an open stream.
 */
const SPARE = instancePaths('spare').port;

describe('live events across a Dovecot restart (in process)', () => {
  withAppSettings({ LIVE_GRACE_MS: '200' });
  beforeAll(() => spareDovecot('start'));
  afterAll(() => spareDovecot('stop'));

  it('keeps the stream open while the server is down, then reconnects and replays what changed meanwhile', async () => {
    const owner = freshUser('restart');
    const account = accountFor(owner, { port: SPARE, session: 'restart' });
    const { reader, close } = await subscribe(account);

    const before = await withDirectImap({ ...owner, port: SPARE }, (imap) =>
      imap.append('INBOX', 'Subject: Before\r\n\r\nx\r\n'),
    );
    expect((await reader.next((event) => event.event === 'message.new')).data).toMatchObject({
      message: { uid: Number(before ? before.uid : 0) },
    });

    spareDovecot('stop');
    // While it is down, another client delivers through the other Dovecot, on the same mail store.
    const during = await withDirectImap(owner, (imap) => imap.append('INBOX', 'Subject: While down\r\n\r\nx\r\n'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    spareDovecot('start');

    const replayed = await reader.next((event) => event.event === 'message.new', 40_000);
    expect(replayed.data).toMatchObject({ message: { uid: Number(during ? during.uid : 0), subject: 'While down' } });
    expect(reader.ended).toBe(false);
    const after = await withDirectImap({ ...owner, port: SPARE }, (imap) => imap.append('INBOX', 'Subject: After\r\n\r\nx\r\n'));
    expect((await reader.next((event) => event.event === 'message.new', 5_000)).data).toMatchObject({
      message: { uid: Number(after ? after.uid : 0) },
    });
    close();
    await closeSession(account);
  }, 60_000);
});
