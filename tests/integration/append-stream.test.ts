import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCopy } from '@/lib/compose/save-copy';
import { appendStream, type MessageFile } from '@/lib/imap/commands/append-stream';
import { closeSession, withImap } from '@/lib/imap/connection/pool';
import type { Account } from '@/lib/session/account';
import { type CuttingProxy, startCuttingProxy } from './support/cutting-proxy';
import { withDirectImap } from './support/direct-imap';
import { type LargeMessage, largeMessage } from './support/large-message';
import { sentCommands } from './support/rawlog';
import { IMAP, IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

/**
 * The Sent copy of a sent message, streamed from its spool file into an APPEND (append-stream.ts),
 * in this process against both Dovecots: the full one takes the literal as LITERAL+ (RFC 7888),
 * the IMAP4rev1-only one after its `+` (RFC 3501 §7.5). Read back with an independent client.
 */

const SERVERS = [
  { kind: 'full' as const, port: IMAP.port, literal: (size: number) => `{${size}+}` },
  { kind: 'minimal' as const, port: IMAP_MINIMAL.port, literal: (size: number) => `{${size}}` },
];

let message: LargeMessage;

beforeAll(async () => {
  message = await largeMessage(30);
});

afterAll(() => message?.remove());

/** What another client finds in `path`: UIDVALIDITY, and each message's UID, flags (\Recent is per session) and SHA-256. */
function stored(owner: TestUser, port: number, path = 'Sent') {
  return withDirectImap({ ...owner, port }, async (imap) => {
    const mailbox = await imap.mailboxOpen(path, { readOnly: true });
    const messages: { uid: number; flags: string[]; sha256: string }[] = [];
    if (mailbox.exists > 0) {
      for await (const found of imap.fetch('1:*', { uid: true, flags: true, source: true })) {
        const flags = [...(found.flags ?? [])].filter((flag) => flag !== '\\Recent');
        messages.push({
          uid: found.uid,
          flags,
          sha256: createHash('sha256')
            .update(found.source ?? '')
            .digest('hex'),
        });
      }
    }
    return { uidValidity: Number(mailbox.uidValidity), messages };
  });
}

/** appendStream() on a leased connection, as saveCopy() runs it; with the bytes the connection sent. */
async function appendOnLease(account: Account, path: string, file: MessageFile) {
  let sent = 0;
  const outcome = await withImap(
    account,
    async (lease) => {
      try {
        return await lease.write(() => appendStream(lease.client, path, file, ['\\Seen']));
      } finally {
        sent = lease.client.stats().sent;
      }
    },
    { retry: 'never' },
  ).catch((error: unknown) => error);
  return { outcome, sent };
}

describe.each(SERVERS)('a 30 MB message streamed into Sent on the $kind Dovecot', ({ kind, port, literal }) => {
  it('is stored byte for byte with its flags, under the UID and UIDVALIDITY its APPENDUID named', async () => {
    const owner = freshUser('append-big');
    const account = accountFor(owner, { port, session: 'append' });
    const saved = await saveCopy(account, '\\Sent', message, ['\\Seen']);
    const sent = await stored(owner, port);
    expect(sent.messages).toEqual([{ uid: saved.uid, flags: ['\\Seen'], sha256: message.sha256 }]);
    // Dovecot sends APPENDUID (RFC 4315) on the minimal instance too, which only hides UIDPLUS.
    expect(saved).toEqual({ path: 'Sent', uidValidity: sent.uidValidity, uid: expect.any(Number) });
    // The literal as the server's CAPABILITY allows it: never LITERAL+ where it is not advertised.
    await closeSession(account);
    const appends = sentCommands(owner.user, kind).filter((command) => command.name === 'APPEND');
    expect(appends.map(({ line }) => line.replace(/^(\d+\.\d+ )?\S+ /, ''))).toEqual([
      `APPEND Sent (\\Seen) ${literal(message.size)}`,
    ]);
  });

  it('is refused as NOT_FOUND for a folder that does not exist: nothing filed, nothing created, the session goes on', async () => {
    const owner = freshUser('append-missing');
    const account = accountFor(owner, { port, session: 'append' });
    const { outcome, sent } = await appendOnLease(account, 'No such folder', message);
    expect(outcome).toMatchObject({ code: 'NOT_FOUND' });
    // The minimal server says NO instead of `+`; the full one says it before reading the LITERAL+
    // octets, and the connection is closed then rather than send 30 MB for nothing. How much has
    // left by the time the NO is read depends on the machine's load (0.1 MB here idle, 4.0 MB in
    // a loaded CI run); sending it all, without the watch for an early answer, was 31 MB.
    expect(sent).toBeLessThan(message.size / 2);
    const paths = await withDirectImap(owner, async (imap) => (await imap.list()).map((mailbox) => mailbox.path));
    expect(paths).not.toContain('No such folder');
    const saved = await saveCopy(account, '\\Sent', message, ['\\Seen']);
    expect((await stored(owner, port)).messages.map(({ uid }) => uid)).toEqual([saved.uid]);
    await closeSession(account);
  });

  it('closes the connection when the file ends before the size it announced, and files nothing', async () => {
    const owner = freshUser('append-short');
    const account = accountFor(owner, { port, session: 'append' });
    const { outcome } = await appendOnLease(account, 'Sent', { size: message.size + 1024, stream: message.stream });
    expect(outcome).toMatchObject({ code: 'INTERNAL' });
    expect((await stored(owner, port)).messages).toEqual([]);
    await closeSession(account);
  });
});

describe.each(SERVERS)('an APPEND whose connection drops halfway through the message, on the $kind Dovecot', ({ port }) => {
  let proxy: CuttingProxy;

  beforeAll(async () => {
    proxy = await startCuttingProxy({ host: IMAP.host, port });
  });

  afterAll(async () => {
    proxy.cutAll();
    await proxy.close();
  });

  it('answers WRITE_UNCONFIRMED without a crash, leaves nothing half-filed, and the next APPEND files it once', async () => {
    const owner = freshUser('append-cut');
    const account = accountFor(owner, { port: proxy.port, session: 'append-cut' });
    const cuts = proxy.cuts();
    // Only the run of lines halfway through the message carries these: the cut comes mid-literal.
    proxy.cutOn(new RegExp(`${message.marker} line 1\\d\\d\\r\\n`));
    const outcome = await saveCopy(account, '\\Sent', message, ['\\Seen']).catch((error: unknown) => error);
    expect(proxy.cuts()).toBe(cuts + 1);
    expect(outcome).toMatchObject({ code: 'WRITE_UNCONFIRMED' });
    expect((await stored(owner, port)).messages).toEqual([]);
    const saved = await saveCopy(account, '\\Sent', message, ['\\Seen']);
    expect((await stored(owner, port)).messages).toEqual([{ uid: saved.uid, flags: ['\\Seen'], sha256: message.sha256 }]);
    await closeSession(account);
  });
});
