import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { type SeedSummary, seedMailbox } from '../../scripts/seed/seed-mailbox';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser, type TestUser } from './support/users';

const FIXTURES = resolve(__dirname, '../fixtures/mail/attached');
const client = new AppClient();
let owner: TestUser;
let seed: SeedSummary;
/** By subject: the list rows of the two fixtures and of the seeded forward. */
const rows = new Map<string, MessageSummary>();

beforeAll(async () => {
  owner = freshUser('attached');
  seed = await seedMailbox({ user: owner.user, count: 20, folders: false });
  indexAndSubscribe(seed);
  await withDirectImap(owner, async (imap) => {
    for (const file of ['forward-flowed.eml', 'forward-nested.eml'])
      await imap.append('INBOX', readFileSync(resolve(FIXTURES, file)));
  });
  await client.signIn(owner.user, owner.password);
  const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=50&sort=arrival&order=desc`);
  for (const row of (list.json?.messages ?? []) as MessageSummary[]) rows.set(row.subject, row);
}, 60_000);

const idOf = (subject: string) => rows.get(subject)?.id ?? 'missing';

async function view(path: string): Promise<MessageView> {
  const response = await client.request('GET', path);
  expect(response.status, `${path}: ${JSON.stringify(response.json)}`).toBe(200);
  return response.json as MessageView;
}

describe('a message attached as message/rfc822', () => {
  it('is listed as one attachment of its parent, named for its subject, and marks the row', async () => {
    const parent = await view(`/api/messages/${idOf('Fwd: Flowed notes')}`);
    expect(rows.get('Fwd: Flowed notes')?.hasAttachments).toBe(true);
    expect(parent.part).toBeNull();
    expect(parent.body.content).toContain('Forwarding the notes.');
    expect(parent.attachments.map(({ part, type, filename }) => ({ part, type, filename }))).toEqual([
      { part: '2', type: 'message/rfc822', filename: 'Notes à lire.eml' },
    ]);
  });

  it('opens with its own headers, and a single-part body fetched as part 2.1 with format=flowed unwrapped', async () => {
    const attached = await view(`/api/messages/${idOf('Fwd: Flowed notes')}/attached/2`);
    expect(attached).toMatchObject({ part: '2', subject: 'Notes à lire', messageId: '<original-flowed@example.org>' });
    expect(attached.from).toEqual([{ name: 'Renée Original', address: 'renee@example.org' }]);
    expect(attached.date).toBe('2026-11-01T08:30:00.000Z');
    expect(attached.body).toMatchObject({ kind: 'text', part: '2.1', notes: [] });
    const text = attached.body.content.replace(/\r\n/g, '\n');
    // RFC 3676: soft breaks joined; delsp=yes removes the space that marked them.
    expect(text).toContain("wrapped by the sender's client at a soft break, with a split word thanks to delsp.");
    expect(text).toContain('> A quoted line that the sender also wrapped softly.');
    // A signature separator is never flowed (RFC 3676 §4.3).
    expect(text).toMatch(/\n-- \nRenée/);
    expect(text).not.toContain('Content-Type');
  });

  it('shows a multipart attached message with its cid: picture, attachments and a further attached message', async () => {
    const id = idOf('Fwd: Fwd: the chain');
    const middle = await view(`/api/messages/${id}/attached/2`);
    expect(middle.subject).toBe('The middle message');
    expect(middle.body).toMatchObject({ kind: 'html', part: '2.1' });
    expect(middle.body.content).toContain(`/api/messages/${id}/parts/2.2`);
    expect(middle.attachments.map(({ part, type }) => [part, type])).toEqual([
      ['2.3', 'message/rfc822'],
      ['2.4', 'text/csv'],
    ]);
    const inner = await view(`/api/messages/${id}/attached/2.3`);
    expect(inner).toMatchObject({ part: '2.3', subject: 'The innermost message', body: { kind: 'text', part: '2.3.1' } });
    expect(inner.body.content).toContain('Innermost words.');
  });

  it("serves the attached message's own parts, and the attached message itself as .eml", async () => {
    const id = idOf('Fwd: Fwd: the chain');
    const csv = await fetch(`${client.baseUrl}/api/messages/${id}/parts/2.4`, { headers: { cookie: client.cookie } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toBe('a,b\r\n1,2\r\n');
    const eml = await fetch(`${client.baseUrl}/api/messages/${id}/parts/2`, { headers: { cookie: client.cookie } });
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
    expect(eml.headers.get('content-disposition')).toContain('middle.eml');
    const text = await eml.text();
    expect(text.startsWith('From: Middle Sender <middle@example.net>\r\n')).toBe(true);
    expect(text).toContain('Innermost words.');
  });

  it('answers NOT_FOUND for a part that is not an attached message, or not a part number', async () => {
    const id = idOf('Fwd: Fwd: the chain');
    for (const part of ['1', '2.4', '9', 'HEADER', '2.TEXT']) {
      const response = await client.request('GET', `/api/messages/${id}/attached/${part}`);
      expect(response.status, part).toBe(404);
      expect(response.json?.error.code, part).toBe('NOT_FOUND');
    }
  });

  it("opens the seeder's forward, whose original is an HTML letter", async () => {
    const forward = seed.messages.find((message) => message.folder === 'INBOX' && message.kind === 'forward');
    expect(forward?.attachedMessage).toBeDefined();
    const attached = await view(`/api/messages/${idOf(forward?.subject ?? '')}/attached/2`);
    expect(attached.subject).toBe(forward?.attachedMessage?.subject);
    expect(attached.from[0]?.address).toBe(forward?.attachedMessage?.fromAddress);
    expect(attached.body.kind).toBe('html');
    // The seeder writes each paragraph as its own <p>; the first one shows whole.
    expect(attached.body.content).toContain((forward?.attachedMessage?.firstParagraph ?? '-').slice(0, 30));
  });
});
