import { describe, expect, it } from 'vitest';
import { mailboxId, messageRefFromId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { downloadPart } from '@/lib/imap/download-part';
import { listMessages } from '@/lib/imap/list-messages';
import { type MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { MessageView } from '@/lib/schemas/message-view';
import type { Account } from '@/lib/session/account';
import type { InstanceKind } from '../../scripts/imap/paths';
import { HUGE_HEADERS, NEIGHBOUR } from '../fixtures/mail/malformed/huge-headers';
import { withDirectImap } from './support/direct-imap';
import { dovecotLines, loginCount, logoutCount } from './support/dovecot-log';
import { AppClient } from './support/http-client';
import { IMAP, IMAP_MINIMAL } from './support/servers';
import { freshUser } from './support/users';

/**
 * Issue 4: "a 50 MB header ... shown as far as possible within bounded time and memory". The bound
 * is on bytes, which a loaded machine cannot blur: what travels to the browser per answer, and what
 * Dovecot sent for everything this test asked (its own out= count). Reading the whole header would
 * be 35–50 MB; the time it takes is the benchmark's to measure, not a test's.
 */
const MAX_LIST_BYTES = 64 * 1024;
const MAX_VIEW_BYTES = 128 * 1024;
const MAX_SERVER_BYTES = 1024 * 1024;

const checks: Record<string, (row: MessageSummary, view: MessageView) => void> = {
  'one unfolded Subject line of 50 MB': (row, view) => {
    expect(row.subject).toMatch(/^Huge tango tango/);
    expect(row.subject.length).toBeLessThanOrEqual(1_001);
    expect(view.body.notes).toContainEqual({ code: 'header-cut', args: { readBytes: 64 * 1024 } });
  },
  '600,000 header lines (50 MB)': (row) => expect(row.subject).toBe('Six hundred thousand lines'),
  'a Cc of 1.5 million addresses (35 MB)': (row, view) => {
    for (const shown of [row, view]) {
      expect(shown.cc).toHaveLength(100);
      expect(shown.cc[99]).toEqual({ name: '', address: 'u99@example.org' });
      // Counted as far as the first 64 KiB of the header go (about 3,000 addresses): a lower bound.
      expect(shown.recipientsOmitted).toBeGreaterThan(2_000);
      expect(shown.recipientsOmitted).toBeLessThanOrEqual(1_500_000 - 100);
    }
    expect(view.body.notes).toContainEqual({ code: 'header-cut', args: { readBytes: 64 * 1024 } });
  },
};

const panics = (user: string, kind: InstanceKind = 'full') =>
  dovecotLines(user, kind).filter((line) => line.includes('Panic:')).length;

async function timed(client: AppClient, path: string) {
  const started = performance.now();
  const response = await client.request('GET', path);
  const ms = Math.round(performance.now() - started);
  return { ...response, ms, bytes: JSON.stringify(response.json).length };
}

/** Dovecot's out= bytes over the user's connections that have logged out (all of them, after sign-out). */
const bytesSent = (user: string, kind: InstanceKind) =>
  dovecotLines(user, kind)
    .map((line) => Number(/Logged out in=\d+ out=(\d+)/.exec(line)?.[1] ?? 0))
    .reduce((a, b) => a + b, 0);

async function loggedOut(user: string, logins: number) {
  for (let waited = 0; waited < 5_000 && logoutCount(user) < logins; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(logoutCount(user)).toBe(logins);
}

describe.each(HUGE_HEADERS)('$name', ({ name, bytes, words }) => {
  it('is listed and opened twice with bounded answers and bounded server reads, and the mail server never crashes', async () => {
    const owner = freshUser('huge');
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
    await withDirectImap(owner, async (imap) => {
      await imap.append('INBOX', NEIGHBOUR);
      await imap.append('INBOX', bytes());
    });
    const inbox = `/api/mailboxes/${mailboxId('INBOX')}/messages`;

    for (const round of [1, 2]) {
      const list = await timed(client, `${inbox}?limit=50&sort=arrival&order=desc`);
      expect(list.status, JSON.stringify(list.json?.error)).toBe(200);
      expect(list.bytes).toBeLessThan(MAX_LIST_BYTES);
      const [huge, neighbour] = MessagesResponse.parse(list.json).messages;
      expect(neighbour?.subject).toBe('Grüße von nebenan');
      expect(neighbour?.from).toEqual([{ name: 'Jürgen Nachbar', address: 'neighbour@example.org' }]);
      expect(huge?.from).toEqual([{ name: 'Huge Header', address: 'huge@example.org' }]);
      expect(huge?.date).toBe('2025-01-07T09:00:00.000Z');
      // Dovecot gives up on such a header and reports its type as "": RFC 2045 reads that as text/plain.
      expect(huge?.hasAttachments).toBe(false);

      const open = await timed(client, `/api/messages/${huge?.id}`);
      expect(open.status, JSON.stringify(open.json?.error)).toBe(200);
      expect(open.bytes).toBeLessThan(MAX_VIEW_BYTES);
      console.info(`${name}, round ${round}: list ${list.ms} ms (${list.bytes} B), view ${open.ms} ms (${open.bytes} B)`);
      const view = MessageView.parse(open.json);
      expect(view.body.content).toContain(words);
      checks[name]?.(huge as MessageSummary, view);

      const bySubject = await timed(client, `${inbox}?limit=50&sort=subject&order=asc`);
      expect(bySubject.status).toBe(200);
      expect(MessagesResponse.parse(bySubject.json).messages).toHaveLength(2);
      // Dovecot 2.3 panics when asked for the ENVELOPE of a 50 MB Subject line: never asked.
      expect(panics(owner.user)).toBe(0);
    }
    expect((await client.request('DELETE', '/api/session')).status).toBe(200);
    await loggedOut(owner.user, loginCount(owner.user));
    const sent = bytesSent(owner.user, 'full');
    console.info(`${name}: Dovecot sent ${sent} B for two rounds of list, view and subject sort`);
    expect(sent).toBeLessThan(MAX_SERVER_BYTES);

    // A server without SORT: the app sorts by subject itself, from headers it reads with the same care.
    const minimal: Account = {
      sessionId: `huge-${owner.user}`,
      user: owner.user,
      password: owner.password,
      host: IMAP.host,
      port: IMAP_MINIMAL.port,
      tls: 'false',
    };
    try {
      const sorted = await listMessages(minimal, 'INBOX', { limit: 50, sort: 'subject', order: 'asc' });
      expect(sorted.messages).toHaveLength(2);
      // Its body downloads without BINARY: BODY[1] chunks decoded here, never the header.
      const hugeRow = sorted.messages.find((row) => row.from[0]?.address === 'huge@example.org');
      const hugeRef = messageRefFromId(hugeRow?.id ?? '');
      if (!hugeRef) throw new Error('the huge message has no valid id');
      const download = await downloadPart(minimal, hugeRef, '1', null);
      expect(download.kind).toBe('body');
      if (download.kind === 'body')
        expect(Buffer.from(await new Response(download.body).arrayBuffer()).toString()).toContain(words);
      expect(panics(owner.user, 'minimal')).toBe(0);
    } finally {
      await closeSession(minimal);
    }
    expect(bytesSent(owner.user, 'minimal')).toBeLessThan(MAX_SERVER_BYTES);
  });
});
