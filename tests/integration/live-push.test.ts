import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { getServerMetadata, setServerMetadata } from '@/lib/imap/commands/metadata';
import { hintLive } from '@/lib/live/live-hub';
import { liveKey } from '@/lib/live/live-key';
import { PUSH_ENTRY } from '@/lib/live/push-entry';
import { pushToken } from '@/lib/live/push-hint';
import { PushHintRequest } from '@/lib/schemas/live-events';
import { setAclDirect } from '../../scripts/harness/direct-acl';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { withAppSettings } from './support/app-env';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { subscribe } from './support/live-stream';
import { APP_LOG, APP_URL, IMAP_MINIMAL } from './support/servers';
import { SMTP, SmtpDialog } from './support/smtp';
import { readEvents } from './support/sse-reader';
import { accountFor, freshUser, type TestUser } from './support/users';

const message = (subject: string) => `From: Ada <ada@example.org>\r\nSubject: ${subject}\r\n\r\nHello.\r\n`;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** A stand-in for Letterbox's hint endpoint: every POST's body, as the push script sent it. */
async function hintListener() {
  const bodies: unknown[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      bodies.push(JSON.parse(text));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"heard":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { bodies, url: `http://127.0.0.1:${port}/api/live/push/test`, close: () => server.close() };
}

const storeEntry = (owner: TestUser, value: string) =>
  withDirectImap(owner, (imap: ImapFlow) => setServerMetadata(imap, PUSH_ENTRY, value));

describe("Dovecot's push hints (scripts/imap/letterbox-push.lua on the project's server)", () => {
  it('POSTs the folders each change touched, as it commits, to the URL in the user’s entry; none when it expired', async () => {
    const owner = freshUser('push');
    const listener = await hintListener();
    try {
      // Expired: the append is answered only after the script ran, so no POST means none came.
      await storeEntry(owner, `${listener.url} ${Math.floor(Date.now() / 1000) - 1}`);
      await withDirectImap(owner, (imap) => imap.append('Drafts', message('Unheard')));
      expect(listener.bodies).toEqual([]);

      await storeEntry(owner, `${listener.url} ${inAnHour()}`);
      await withDirectImap(owner, async (imap) => {
        await imap.append('INBOX', message('Heard'));
        expect(listener.bodies).toEqual([{ user: owner.user, folders: ['INBOX'] }]);
        await imap.mailboxOpen('INBOX');
        await imap.messageFlagsAdd('1', ['\\Flagged']);
        await imap.messageMove('1', 'Archive');
      });
      // APPEND, STORE, then MOVE: the copy into Archive and the expunge from INBOX (RFC 6851 §3.3).
      expect(listener.bodies.slice(1, 2)).toEqual([{ user: owner.user, folders: ['INBOX'] }]);
      const moved = listener.bodies.slice(2).flatMap((body) => (body as { folders: string[] }).folders);
      expect(new Set(moved)).toEqual(new Set(['Archive', 'INBOX']));
      // What the script sends is what the app's endpoint accepts.
      for (const body of listener.bodies) expect(PushHintRequest.safeParse(body).success).toBe(true);
    } finally {
      listener.close();
    }
  });

  it.skipIf(!postfixCanRun())('POSTs for mail Postfix delivers over LMTP, the path of real new mail', async () => {
    const owner = freshUser('push-lmtp');
    const listener = await hintListener();
    const { dialog } = await SmtpDialog.open(SMTP.port);
    try {
      await storeEntry(owner, `${listener.url} ${inAnHour()}`);
      expect((await dialog.command('EHLO push.test')).code).toBe(250);
      expect((await dialog.command('MAIL FROM:<ada@example.org>')).code).toBe(250);
      expect((await dialog.command(`RCPT TO:<${owner.user}@${MAIL_DOMAIN}>`)).code).toBe(250);
      expect((await dialog.data(message('Delivered'))).end?.code).toBe(250);
      // Postfix queues, then hands the message to Dovecot's LMTP: the hint comes with the delivery.
      await expect.poll(() => listener.bodies, { timeout: 10_000 }).toEqual([{ user: owner.user, folders: ['INBOX'] }]);
    } finally {
      await dialog.close();
      listener.close();
    }
  });

  it('the app stores its own URL when a stream opens, and its endpoint hears a hint only for that account', async () => {
    const owner = freshUser('push-app');
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
    const abort = new AbortController();
    const reader = readEvents(await client.open('/api/events', {}, abort.signal));
    try {
      await expect.poll(() => reader.comments).toBeGreaterThan(0);
      await expect
        .poll(() => withDirectImap(owner, (imap) => getServerMetadata(imap, PUSH_ENTRY)))
        .toMatch(new RegExp(`^${APP_URL}/api/live/push/[A-Za-z0-9_-]{43} \\d+$`));
      const value = (await withDirectImap(owner, (imap) => getServerMetadata(imap, PUSH_ENTRY))) ?? '';
      const [url = '', expires = '0'] = value.split(' ');
      // A day ahead (push-hint.ts), give or take the test's own seconds.
      expect(Number(expires) - Date.now() / 1000).toBeGreaterThan(23 * 3600);
      const path = new URL(url).pathname;

      // As Dovecot sends it: no Origin, no cookie.
      const post = async (at: string, body: unknown) => {
        const response = await fetch(`${APP_URL}${at}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, json: await response.json() };
      };
      expect((await post(path, { user: owner.user, folders: ['INBOX'] })).json).toEqual({ heard: true });
      expect((await post(path, { user: 'someone-else', folders: ['INBOX'] })).json).toEqual({ heard: false });
      const forged = path.replace(/[A-Za-z0-9_-]{43}$/, 'A'.repeat(43));
      expect((await post(forged, { user: owner.user, folders: ['INBOX'] })).json).toEqual({ heard: false });
      expect((await post('/api/live/push/not-a-token', { user: owner.user, folders: ['INBOX'] })).status).toBe(404);
      const malformed = await post(path, { user: owner.user, folders: [] });
      expect(malformed.status).toBe(400);
      expect(malformed.json?.error.code).toBe('BAD_REQUEST');
      // The token is the hook's secret: the request log names the route, not the token.
      expect(readFileSync(APP_LOG, 'utf8')).not.toContain(path.split('/').at(-1));
    } finally {
      abort.abort();
    }
  });

  it('with hints on, a change no hint can carry (a teammate’s, in a shared folder) still reaches the stream by IDLE, each time', async () => {
    const [alice, bob] = [freshUser('push-owner'), freshUser('push-member')];
    await withDirectImap(alice, async (imap) => {
      await imap.mailboxCreate('Team');
      await imap.append('Team', message('Ticket'));
      await setAclDirect(imap, 'Team', bob.user, 'lrs');
    });
    const client = new AppClient();
    expect((await client.signIn(bob.user, bob.password)).status).toBe(200);
    const abort = new AbortController();
    const shared = `shared/${alice.user}/Team`;
    const reader = readEvents(await client.open(`/api/events?mailboxId=${mailboxId(shared)}`, {}, abort.signal));
    try {
      // bob's watcher has stored his URL (its set-up's SETMETADATA): alice's changes are hers, told to nobody.
      await expect.poll(() => withDirectImap(bob, (imap) => getServerMetadata(imap, PUSH_ENTRY))).toMatch(/^http:/);
      await withDirectImap(alice, async (imap) => {
        await imap.mailboxOpen('Team');
        for (const flagged of [true, false, true]) {
          if (flagged) await imap.messageFlagsAdd('1', ['\\Flagged']);
          else await imap.messageFlagsRemove('1', ['\\Flagged']);
          const heard = await reader.next((event) => event.event === 'message.flags');
          expect((heard.data as { flags: string[] }).flags.includes('\\Flagged')).toBe(flagged);
        }
      });
    } finally {
      abort.abort();
    }
  });
});

describe('a push hint makes the feed read now (in process; the minimal server, whose NOOP poll is an hour away)', () => {
  withAppSettings({ LIVE_POLL_MS: String(3_600_000), LIVE_STATUS_INTERVAL_MS: String(3_600_000), LIVE_GRACE_MS: '200' });

  it('an APPEND by another client reaches the stream once the hint names its folder, and not before', async () => {
    const owner = freshUser('push-hint');
    const account = accountFor(owner, { port: IMAP_MINIMAL.port, session: 'push' });
    const { reader, close } = await subscribe(account);
    try {
      await withDirectImap({ ...owner, port: IMAP_MINIMAL.port }, (imap) => imap.append('INBOX', message('Hinted')));
      // Nothing hears it: no IDLE here, and the poll is an hour away.
      await expect(reader.next((event) => event.event === 'message.new', 1_500)).rejects.toThrow();
      const token = pushToken(liveKey(account));
      expect(hintLive(token, { user: owner.user, folders: ['Archive'] })).toEqual({ heard: true });
      expect(hintLive(token, { user: owner.user, folders: ['INBOX'] })).toEqual({ heard: true });
      const added = await reader.next((event) => event.event === 'message.new', 5_000);
      expect(added.data).toMatchObject({ message: { subject: 'Hinted' } });
    } finally {
      close();
    }
  });
});
