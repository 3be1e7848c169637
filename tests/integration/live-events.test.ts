import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { listMessages } from '@/lib/imap/list-messages';
import { openLiveStream } from '@/lib/live/open-live-stream';
import { MessageSummary } from '@/lib/schemas/message-list';
import { doveadm } from '../../scripts/imap/doveadm';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { fiveChanges, sessionFor, subscribe } from './support/live-stream';
import { sentCommands, sentCommandsByConnection } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { type ReadEvent, readEvents } from './support/sse-reader';
import { accountFor, freshUser, openConnections, type TestUser } from './support/users';

const message = (subject: string) => `From: Ada <ada@example.org>\r\nSubject: ${subject}\r\n\r\nHello.\r\n`;

async function appendTo(owner: TestUser, path: string, subject: string, port?: number): Promise<number> {
  return withDirectImap({ ...owner, port }, async (imap) => {
    const appended = await imap.append(path, message(subject));
    return Number(appended ? appended.uid : 0);
  });
}

const named = (name: string) => (event: ReadEvent) => event.event === name;

describe('live events (in process, against Dovecot; changes made by another imapflow client)', () => {
  withAppSettings({ LIVE_STATUS_INTERVAL_MS: '1000', LIVE_POLL_MS: '1000', LIVE_GRACE_MS: '200' });

  it('pushes an APPEND to INBOX as message.new in the list-row shape, a flag as message.flags and an expunge as message.expunge', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { session: 'live' });
    const kept = await appendTo(owner, 'INBOX', 'Kept');
    const gone = await appendTo(owner, 'INBOX', 'Gone');
    const { reader, close } = await subscribe(account);

    const uid = await appendTo(owner, 'INBOX', 'Pushed');
    const added = await reader.next(named('message.new'));
    expect(added.data).toMatchObject({ mailboxId: mailboxId('INBOX'), message: { uid, subject: 'Pushed' } });
    const row = MessageSummary.parse((added.data as { message: unknown }).message);
    expect(row.from).toEqual([{ name: 'Ada', address: 'ada@example.org' }]);
    expect(row.modseq).toMatch(/^[1-9]\d*$/);

    await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('INBOX');
      await imap.messageFlagsAdd(String(kept), ['\\Flagged'], { uid: true });
    });
    const flagged = await reader.next(named('message.flags'));
    expect(flagged.data).toMatchObject({ mailboxId: mailboxId('INBOX'), uid: kept, flags: ['\\Flagged'] });
    expect(BigInt((flagged.data as { modseq: string }).modseq)).toBeGreaterThan(BigInt(row.modseq ?? '0'));

    await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('INBOX');
      await imap.messageDelete(String(gone), { uid: true });
    });
    const expunged = await reader.next(named('message.expunge'));
    expect(expunged.data).toEqual({ mailboxId: mailboxId('INBOX'), uids: [gone] });
    // Every event carries an id: a reconnect hands the last one back.
    expect(reader.events.every((event) => typeof event.lastId === 'string')).toBe(true);
    close();
    await closeSession(account);
  });

  it('sends an APPEND to another folder as `mailbox` with its new counts', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { session: 'live' });
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Projects'));
    const { reader, close } = await subscribe(account);
    // The first read of the counts is the baseline; wait until it is in.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await appendTo(owner, 'Projects', 'Elsewhere');
    const counts = await reader.next((event) => event.event === 'mailbox', 5_000);
    expect(counts.data).toEqual({ mailboxId: mailboxId('Projects'), total: 1, unseen: 1 });
    expect(reader.rest().filter(named('message.new'))).toEqual([]);
    close();
    await closeSession(account);
  });

  it('replays five changes made while no stream was open exactly once, from Last-Event-ID', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { session: 'live' });
    const [first, second, third] = [
      await appendTo(owner, 'INBOX', 'One'),
      await appendTo(owner, 'INBOX', 'Two'),
      await appendTo(owner, 'INBOX', 'Three'),
    ];
    const page = await listMessages(account, 'INBOX', { limit: 50, sort: 'date', order: 'desc' });
    const opened = await subscribe(account, { since: page.liveCursor });
    const before = await appendTo(owner, 'INBOX', 'Before the break');
    await opened.reader.next(named('message.new'));
    const lastId = opened.reader.lastId();
    opened.close();

    const added = await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('INBOX');
      return fiveChanges(imap, [first, second, third], message);
    });

    const { reader, close } = await subscribe(account, { since: lastId });
    await reader.next(
      (event) => event.event === 'message.new' && (event.data as { message: { uid: number } }).message.uid === added[1],
    );
    // Anything doubled would come with the same read; give a second read time to happen.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Counts (`mailbox`, pushed by NOTIFY) ride along; the changes are the message events.
    const got = reader.events
      .filter((event) => event.event.startsWith('message.'))
      .map((event) => {
        const data = event.data as { uid?: number; uids?: number[]; message?: { uid: number }; flags?: string[] };
        return [event.event, data.message?.uid ?? data.uid ?? data.uids];
      });
    expect(got).toEqual([
      ['message.expunge', [second]],
      ['message.flags', first],
      ['message.flags', third],
      ['message.new', added[0]],
      ['message.new', added[1]],
    ]);
    expect(got.flat()).not.toContain(before);
    close();
    await closeSession(account);
  });

  it('serves three streams of one account (three sessions) from one IDLE connection, logged out after the last', async () => {
    const owner = freshUser('live');
    const accounts = ['a', 'b', 'c'].map((session) => accountFor(owner, { session: `live-${session}` }));
    const streams = [];
    for (const account of accounts) streams.push(await subscribe(account));
    const uid = await appendTo(owner, 'INBOX', 'For everyone');
    for (const { reader } of streams) {
      expect((await reader.next(named('message.new'))).data).toMatchObject({ message: { uid } });
    }
    // One watcher, and reads on the first session's pool only (its cap: IMAP_POOL_PER_SESSION, 3), not one pool per session.
    expect(openConnections(owner.user)).toBeLessThanOrEqual(1 + 3);
    for (const { close } of streams) close();
    await Promise.all(accounts.map((account) => closeSession(account)));
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
    const idling = sentCommandsByConnection(owner.user, 'full').filter((commands) => commands.some((c) => c.name === 'IDLE'));
    expect(idling).toHaveLength(1);
  });

  it('keeps a stream alive through doveadm kick: the watcher comes back and the change made meanwhile arrives', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { session: 'live' });
    const { reader, close } = await subscribe(account);
    await expect.poll(() => openConnections(owner.user)).toBeGreaterThanOrEqual(1);
    doveadm(['kick', owner.user]);
    await expect.poll(() => openConnections(owner.user)).toBe(0);
    const uid = await appendTo(owner, 'INBOX', 'After the kick');
    expect((await reader.next(named('message.new'), 15_000)).data).toMatchObject({ message: { uid } });
    const later = await appendTo(owner, 'INBOX', 'Pushed again');
    expect((await reader.next(named('message.new'), 5_000)).data).toMatchObject({ message: { uid: later } });
    expect(reader.ended).toBe(false);
    close();
    await closeSession(account);
  });

  it('ends the stream when its session is revoked or signs out, and the watcher follows', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { session: 'live' });
    const session = sessionFor(account);
    const abort = new AbortController();
    const response = await openLiveStream({ account, session, signal: abort.signal, checkEveryMs: 100 });
    const reader = readEvents(response);
    await expect.poll(() => openConnections(owner.user)).toBeGreaterThanOrEqual(1);
    // Expired: older than SESSION_MAX_AGE_S.
    session.createdAt = 1;
    await expect.poll(() => reader.ended, { timeout: 3_000 }).toBe(true);
    await closeSession(account);
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
  });

  it('on the minimal server (no IDLE, CONDSTORE, QRESYNC or NOTIFY) delivers the same changes by NOOP polling', async () => {
    const owner = freshUser('live');
    const account = accountFor(owner, { port: IMAP_MINIMAL.port, session: 'live' });
    const kept = await appendTo(owner, 'INBOX', 'Kept', IMAP_MINIMAL.port);
    const gone = await appendTo(owner, 'INBOX', 'Gone', IMAP_MINIMAL.port);
    const { reader, close } = await subscribe(account);
    // Placed once the feed's first snapshot is in; changes from then on are compared against it.
    const uid = await appendTo(owner, 'INBOX', 'Polled', IMAP_MINIMAL.port);
    expect((await reader.next(named('message.new'), 5_000)).data).toMatchObject({ message: { uid, subject: 'Polled' } });
    await withDirectImap({ ...owner, port: IMAP_MINIMAL.port }, async (imap) => {
      await imap.mailboxOpen('INBOX');
      await imap.messageFlagsAdd(String(kept), ['\\Flagged'], { uid: true });
      await imap.messageDelete(String(gone), { uid: true });
    });
    const change = (event: ReadEvent) => event.event === 'message.flags' || event.event === 'message.expunge';
    const changes = [await reader.next(change, 5_000)];
    changes.push(await reader.next(change, 5_000));
    expect(changes.map((event) => event.event).sort()).toEqual(['message.expunge', 'message.flags']);
    expect(changes.find(named('message.flags'))?.data).toMatchObject({ uid: kept, flags: ['\\Flagged'] });
    expect(changes.find(named('message.expunge'))?.data).toMatchObject({ uids: [gone] });
    close();
    await closeSession(account);
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
    const names = new Set(sentCommands(owner.user, 'minimal').map((command) => command.name));
    const lines = sentCommands(owner.user, 'minimal').map((command) => command.line.toUpperCase());
    expect(names.has('IDLE')).toBe(false);
    expect(names.has('NOTIFY')).toBe(false);
    expect(names.has('NOOP')).toBe(true);
    expect(lines.filter((line) => /CONDSTORE|CHANGEDSINCE|MODSEQ|QRESYNC/.test(line))).toEqual([]);
  });
});
