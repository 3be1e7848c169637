import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxPathFromId } from '@/lib/ids';
import { closeSession, withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { connectDirect } from '../../scripts/harness/direct-imap';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { type SeedSummary, seedMailbox } from '../../scripts/seed/seed-mailbox';
import { AppClient } from './support/http-client';
import { IMAP4REV1_COMMANDS, sentCommands } from './support/rawlog';
import { startRecordingProxy } from './support/recording-proxy';
import { IMAP, IMAP_MINIMAL } from './support/servers';
import { accountFor, freshUser, type TestUser } from './support/users';

let owner: TestUser;
let summary: SeedSummary;

beforeAll(async () => {
  owner = freshUser('mbx');
  summary = await seedMailbox({ user: owner.user, count: 60 });
  indexAndSubscribe(summary);
});

const byPath = (mailboxes: Mailbox[]) => new Map(mailboxes.map((mailbox) => [mailbox.path, mailbox]));

describe('GET /api/mailboxes', () => {
  it('lists every seeded folder with its counts, special-use and hierarchy', async () => {
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
    const response = await client.request('GET', '/api/mailboxes');
    expect(response.status).toBe(200);
    const mailboxes = byPath(response.json?.mailboxes);

    expect(summary.folders.map((folder) => folder.path)).toEqual(
      expect.arrayContaining(['INBOX', 'Team Stuff', 'Team Stuff/Child', 'Données clients']),
    );
    for (const folder of summary.folders) {
      expect(mailboxes.get(folder.path), folder.path).toMatchObject({ total: folder.total, unseen: folder.unseen });
    }
    expect(mailboxes.get('Team Stuff/Child')).toMatchObject({ name: 'Child', parent: 'Team Stuff', delimiter: '/' });
    expect(mailboxes.get('INBOX')).toMatchObject({ specialUse: '\\Inbox', namespace: 'personal', subscribed: true });
    for (const special of ['Drafts', 'Sent', 'Trash', 'Junk', 'Archive']) {
      expect(mailboxes.get(special)?.specialUse).toBe(`\\${special}`);
    }
    for (const mailbox of mailboxes.values()) expect(mailboxPathFromId(mailbox.id)).toBe(mailbox.path);
    // Special-use folders first, in the fixed order.
    expect(response.json?.mailboxes.slice(0, 6).map((m: Mailbox) => m.path)).toEqual([
      'INBOX',
      'Drafts',
      'Sent',
      'Archive',
      'Junk',
      'Trash',
    ]);
  });
});

describe('counts of a folder the pooled connection has selected', () => {
  it('are current after another client delivered to it (Dovecot answers STATUS from the selection as last synced)', async () => {
    const reader = freshUser('mbx-sel');
    await seedMailbox({ user: reader.user, count: 5, folders: false });
    const account = accountFor(reader, { session: 'selected-counts' });
    try {
      // The one pooled connection now has INBOX selected, as after reading the list.
      await withImap(account, ({ client }) => withMailbox(client, 'INBOX', async () => undefined));
      const before = byPath(await listMailboxes(account)).get('INBOX');
      const other = await connectDirect(reader);
      await other.append('INBOX', 'From: a@example.org\r\nSubject: counted\r\n\r\nx\r\n');
      await other.logout();
      const after = byPath(await listMailboxes(account)).get('INBOX');
      expect(after).toMatchObject({ total: (before?.total ?? 0) + 1, unseen: (before?.unseen ?? 0) + 1 });
    } finally {
      await closeSession(account);
    }
  });
});

describe('the minimal (IMAP4rev1-only) Dovecot', () => {
  const account = (port: number): Account => ({
    sessionId: `minimal-test-${port}`,
    user: owner.user,
    password: owner.password,
    host: IMAP.host,
    port,
    tls: 'false',
  });

  afterAll(async () => {
    await Promise.all([closeSession(account(IMAP.port)), closeSession(account(IMAP_MINIMAL.port))]);
  });

  it('gives the same folder list and counts as the full one', async () => {
    const full = await listMailboxes(account(IMAP.port));
    const minimal = await listMailboxes(account(IMAP_MINIMAL.port));
    const shape = (list: Mailbox[]) =>
      list.map(({ path, total, unseen, parent, delimiter }) => ({ path, total, unseen, parent, delimiter }));
    expect(shape(minimal)).toEqual(shape(full));
    expect(byPath(minimal).get('Team Stuff')?.total).toBe(40);
  });

  it('was sent no command the minimal server did not advertise (rawlog)', async () => {
    await listMailboxes(account(IMAP_MINIMAL.port));
    await closeSession(account(IMAP_MINIMAL.port));
    const commands = sentCommands(owner.user, 'minimal');
    const names = new Set(commands.map((command) => command.name));
    // Without LIST-STATUS and LIST-EXTENDED the fallbacks must have run.
    expect(names).toContain('STATUS');
    expect(names).toContain('LSUB');
    expect([...names].filter((name) => !IMAP4REV1_COMMANDS.has(name))).toEqual([]);
    // No extended-LIST or LIST-STATUS syntax smuggled into a base command either.
    expect(commands.filter((command) => /\bRETURN\b/i.test(command.line))).toEqual([]);
  });

  it('signs in with only what the minimal server advertised before login (no SASL-IR, no ID)', async () => {
    const proxy = await startRecordingProxy(IMAP_MINIMAL);
    const viaProxy = { ...account(proxy.port), sessionId: 'minimal-prelogin' };
    try {
      expect((await listMailboxes(viaProxy)).length).toBeGreaterThan(5);
      await closeSession(viaProxy);
    } finally {
      await proxy.close();
    }
    const lines = proxy.sent().split('\r\n').filter(Boolean);
    const verbs = lines.map((line) => /^\S+ (\S+)/.exec(line)?.[1]?.toUpperCase()).filter((verb) => verb !== undefined);
    expect(verbs).toContain('LIST');
    expect(verbs.filter((verb) => !IMAP4REV1_COMMANDS.has(verb) && verb !== 'UID')).toEqual([]);
    // AUTHENTICATE with an initial response needs SASL-IR (RFC 4959), which it did not advertise.
    expect(lines.filter((line) => /^\S+ AUTHENTICATE \S+ \S+/i.test(line))).toEqual([]);
  });

  it('uses LIST-STATUS on the full server, one round trip instead of one STATUS per folder', async () => {
    await listMailboxes(account(IMAP.port));
    await closeSession(account(IMAP.port));
    const commands = sentCommands(owner.user, 'full');
    expect(commands.some((command) => command.name === 'LIST' && /RETURN \(.*STATUS/i.test(command.line))).toBe(true);
    expect(commands.filter((command) => command.name === 'STATUS')).toEqual([]);
  });
});
