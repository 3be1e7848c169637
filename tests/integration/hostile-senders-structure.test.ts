import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { type MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { MessageView } from '@/lib/schemas/message-view';
import { corpus, type Fixture, fileOf } from '../fixtures/mail/hostile/corpus';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser } from './support/users';

/**
 * Issue 10 over HTTP against the real Dovecot: the hostile corpus's malformed senders are
 * marked and list every address (list row and view), messages nested past what the server
 * lists show their text or a truthful note, and no link relative to the app survives.
 */
const HOSTILE = resolve(import.meta.dirname, '../fixtures/mail/hostile');
const BOUND_MS = 2_000;
const chosen = corpus.filter(
  (fixture) =>
    fixture.expect.malformedSender ||
    fixture.expect.notes ||
    fixture.name.startsWith('nesting-') ||
    fixture.name === 'href-relative-unicode-space' ||
    fixture.name === 'benign-plain-text',
);
const client = new AppClient();
const rows = new Map<string, MessageSummary>();
const views = new Map<string, MessageView>();
const took = new Map<string, number>();

beforeAll(async () => {
  const owner = freshUser('hostile-10');
  await withDirectImap(owner, async (imap) => {
    for (const fixture of chosen) await imap.append('INBOX', readFileSync(resolve(HOSTILE, fileOf(fixture))));
  });
  await client.signIn(owner.user, owner.password);
  const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=100&sort=arrival&order=asc`);
  const page = MessagesResponse.parse(list.json);
  expect(page.messages).toHaveLength(chosen.length);
  for (const [index, row] of page.messages.entries()) {
    const name = (chosen[index] as Fixture).name;
    rows.set(name, row);
    const started = performance.now();
    const response = await client.request('GET', `/api/messages/${row.id}`);
    took.set(name, performance.now() - started);
    expect(response.status, name).toBe(200);
    views.set(name, MessageView.parse(response.json));
  }
}, 120_000);

const withSenders = chosen.filter((fixture) => fixture.expect.malformedSender);
const view = (name: string) => views.get(name) as MessageView;
const row = (name: string) => rows.get(name) as MessageSummary;

describe('a malformed From, Sender or Reply-To', () => {
  it.each(withSenders.map((fixture) => [fixture.name, fixture] as const))(
    '%s: is marked and lists every address it holds',
    (name, fixture) => {
      for (const { field, addresses } of fixture.expect.malformedSender ?? []) {
        const marked = (view(name).malformed ?? []).filter((header) => header.field === field);
        expect(marked.length, `${name} ${field}`).toBeGreaterThan(0);
        expect(new Set(marked.flatMap((header) => header.addresses))).toEqual(new Set(addresses));
        for (const header of marked) expect(header.text).not.toBe('');
        const listed = field === 'from' ? view(name).from : field === 'reply-to' ? view(name).replyTo : null;
        // Every address, no name: never the server's first-address guess with its display name.
        if (listed) expect(listed).toEqual([...new Set(addresses)].map((address) => ({ name: '', address })));
        if (field === 'from') {
          expect(row(name).from).toEqual(view(name).from);
          expect(row(name).malformed?.some((header) => header.field === 'from')).toBe(true);
        }
      }
    },
  );

  it('is not claimed for a clean sender', () => {
    expect(view('benign-plain-text').malformed).toBeUndefined();
    expect(row('benign-plain-text').malformed).toBeUndefined();
    expect(view('benign-plain-text').from[0]?.name).not.toBe('');
  });
});

describe('a message nested deeper than the server lists', () => {
  it.each(['nesting-60-text-bottom', 'nesting-98-html-bottom', 'nesting-300-text-bottom'])(
    '%s: shows the text at the bottom, read from the original',
    (name) => {
      expect(view(name).body.content).toContain(`of ${name}: the words at the bottom`);
      expect(view(name).body.notes).toContainEqual({ code: 'structure-read-raw' });
      expect(took.get(name)).toBeLessThan(BOUND_MS);
    },
  );

  it('sanitizes HTML read from the original as usual', () => {
    const body = view('nesting-98-html-bottom').body;
    expect(body.kind).toBe('html');
    expect(body.content).not.toMatch(/<script|onerror|javascript:|evil\.test/i);
    expect(body.remoteBlocked).toBe(1);
  });

  it.each([
    ['nesting-1000', 'too-deep'],
    ['nesting-150-over-1mb', 'too-large'],
  ])('%s: says truthfully why it shows nothing', (name, reason) => {
    expect(view(name).body.kind).toBe('none');
    const codes = view(name).body.notes.map((note) => note.code);
    expect(view(name).body.notes).toContainEqual({ code: 'structure-unparsed', args: expect.objectContaining({ reason }) });
    expect(codes).not.toContain('no-text');
    expect(took.get(name)).toBeLessThan(BOUND_MS);
  });
});

describe('links relative to the app', () => {
  it('are dropped, their text kept', () => {
    const html = view('href-relative-unicode-space').body.content;
    expect(html).toContain('Raw line separator');
    expect(html).toContain('Query');
    expect(html).not.toMatch(/href=/i);
  });
});
