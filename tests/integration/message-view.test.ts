import type { ImapFlow } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId, messageId, messageRefFromId } from '@/lib/ids';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { type SeedSummary, seedMailbox } from '../../scripts/seed/seed-mailbox';
import { withDirectImap } from './support/direct-imap';
import { dovecotLines } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { freshUser, type TestUser } from './support/users';

let owner: TestUser;
let seed: SeedSummary;
/** INBOX newest first: position i is the seed's index i. */
let inbox: MessageSummary[];
const client = new AppClient();

beforeAll(async () => {
  owner = freshUser('view');
  seed = await seedMailbox({ user: owner.user, count: 40 });
  indexAndSubscribe(seed);
  await client.signIn(owner.user, owner.password);
  const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=200&sort=date&order=desc`);
  inbox = list.json?.messages;
}, 60_000);

const seeded = (predicate: (m: SeedSummary['messages'][number]) => boolean) =>
  seed.messages.filter((m) => m.folder === 'INBOX' && predicate(m));

async function open(index: number): Promise<MessageView> {
  const response = await client.request('GET', `/api/messages/${inbox[index]?.id}`);
  expect(response.status).toBe(200);
  return response.json as MessageView;
}

const imap = <T>(work: (connection: ImapFlow) => Promise<T>) => withDirectImap(owner, work);

describe('GET /api/messages/:id', () => {
  it('shows every seeded charset as the expected Unicode text', async () => {
    const samples = seeded((m) => m.kind === 'charset');
    expect(samples.map((m) => m.charset)).toEqual(
      expect.arrayContaining(
        ['iso-8859-1', 'windows-1251', 'iso-2022-jp', 'shift_jis'].map((c) => expect.stringMatching(new RegExp(c, 'i'))),
      ),
    );
    for (const sample of samples) {
      const view = await open(sample.index);
      expect(view.subject, sample.charset).toBe(sample.subject);
      expect(view.body.kind).toBe('text');
      const normalise = (text: string) => text.replace(/\r\n/g, '\n').trim();
      expect(normalise(view.body.content), sample.charset).toContain(normalise(sample.expectedText ?? '-'));
      expect(view.body.notes).toEqual([]);
    }
  });

  it('opens a message with a 5 MiB attachment while transferring under 64 KiB from IMAP', async () => {
    const [big] = seeded((m) => (m.attachments ?? []).some((a) => a.size >= 5 * 1024 * 1024));
    expect(big).toBeDefined();
    const reader = new AppClient();
    await reader.signIn(owner.user, owner.password);
    const before = dovecotLines(owner.user).length;
    const response = await reader.request('GET', `/api/messages/${inbox[big?.index ?? -1]?.id}`);
    expect(response.status).toBe(200);
    expect((response.json as MessageView).attachments.map((a) => a.filename)).toEqual(big?.attachments?.map((a) => a.filename));
    await reader.request('DELETE', '/api/session');
    // Dovecot's logout line counts what it sent on that connection: `out=<bytes>`.
    await expect
      .poll(
        () =>
          dovecotLines(owner.user)
            .slice(before)
            .filter((l) => l.includes('Logged out')).length,
      )
      .toBeGreaterThan(0);
    const sent = dovecotLines(owner.user)
      .slice(before)
      .map((line) => Number(/ out=(\d+)/.exec(line)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    expect(sent).toBeGreaterThan(1_000);
    expect(sent).toBeLessThan(64 * 1024);
  });

  it('resolves cid: pictures through the parts endpoint and does not list them as attachments', async () => {
    const [withPicture] = seeded((m) => m.kind === 'inline-image');
    const view = await open(withPicture?.index ?? -1);
    expect(view.body.kind).toBe('html');
    expect(view.body.content).toMatch(new RegExp(`src="/api/messages/${view.id}/parts/[0-9.]+"`));
    expect(view.body.content).not.toContain('cid:');
    const cids = (withPicture?.attachments ?? []).filter((a) => a.contentId).map((a) => a.contentId);
    expect(view.attachments.filter((a) => cids.includes(a.contentId ?? ''))).toEqual([]);
  });

  it('decodes RFC 2231 and RFC 2047 attachment names', async () => {
    const [named] = seeded((m) => (m.attachments ?? []).some((a) => /[^\x20-\x7e]/.test(a.filename)));
    const view = await open(named?.index ?? -1);
    expect(view.attachments.map((a) => a.filename)).toEqual(
      expect.arrayContaining((named?.attachments ?? []).map((a) => a.filename)),
    );
  });

  it('sanitizes hostile HTML and blocks remote images', async () => {
    const hostile = [
      'From: x@example.org',
      'Subject: hostile',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p onclick="alert(1)">Hi</p><script>window.pwned=1</script><img src="https://tracker.example/p.gif">',
      '<a href="javascript:alert(1)">x</a><a href="https://example.org">ok</a><iframe src="https://example.org"></iframe>',
    ].join('\r\n');
    const uid = await imap(async (c) => {
      const appended = await c.append('INBOX', hostile);
      return appended ? appended.uid : undefined;
    });
    const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=1&sort=arrival&order=desc`);
    const newest: MessageSummary[] = list.json?.messages ?? [];
    const id = newest[0]?.id ?? '';
    expect(messageRefFromId(id)?.uid).toBe(uid);
    const body = ((await client.request('GET', `/api/messages/${id}`)).json as MessageView).body;
    expect(body.content).toContain('Hi');
    expect(body.content).not.toMatch(/<script|onclick|javascript:|<iframe|tracker\.example/i);
    expect(body.content).toContain('rel="noopener noreferrer"');
    expect(body.remoteBlocked).toBe(1);
  });

  it('is cached forever per id, answers If-None-Match with 304, and carries no flags', async () => {
    const first = await client.request('GET', `/api/messages/${inbox[2]?.id}`);
    expect(first.headers.get('cache-control')).toContain('immutable');
    expect(first.headers.get('vary')).toMatch(/cookie/i);
    expect(first.json).not.toHaveProperty('flags');
    const etag = first.headers.get('etag') ?? '';
    const again = await client.request('GET', `/api/messages/${inbox[2]?.id}`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('answers 404 for an expunged message, a stale UIDVALIDITY and a malformed id', async () => {
    const target = inbox[5];
    const ref = messageRefFromId(target?.id ?? '');
    expect(ref).not.toBeNull();
    if (!ref) return;
    const stale = await client.request('GET', `/api/messages/${messageId({ ...ref, uidValidity: ref.uidValidity + 1 })}`);
    expect(stale.status).toBe(404);
    await imap(async (c) => {
      const lock = await c.getMailboxLock('INBOX');
      try {
        await c.messageDelete(String(ref.uid), { uid: true });
      } finally {
        lock.release();
      }
    });
    const gone = await client.request('GET', `/api/messages/${target?.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json?.error.code).toBe('NOT_FOUND');
    expect((await client.request('GET', '/api/messages/nope')).status).toBe(404);
  });
});

describe('POST /api/messages/:id/seen', () => {
  it('marks the message \\Seen on the server', async () => {
    const unread = inbox.find((m) => !m.flags.includes('\\Seen'));
    expect(unread).toBeDefined();
    const response = await client.request('POST', `/api/messages/${unread?.id}/seen`);
    expect(response.status).toBe(200);
    expect(response.json?.flags).toContain('\\Seen');
    const flags = await imap(async (c) => {
      const lock = await c.getMailboxLock('INBOX');
      try {
        const message = await c.fetchOne(String(unread?.uid), { flags: true }, { uid: true });
        return message ? message.flags : undefined;
      } finally {
        lock.release();
      }
    });
    expect([...(flags ?? [])]).toContain('\\Seen');
  });
});
