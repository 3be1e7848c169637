import type { ImapFlow } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { SearchResponse } from '@/lib/schemas/search';
import { withDirectImap } from './support/direct-imap';
import type { AppClient } from './support/http-client';
import { signedIn } from './support/move-fixtures';
import { sentCommands } from './support/rawlog';
import { IMAP_MINIMAL } from './support/servers';
import { freshUser, type TestUser } from './support/users';

/**
 * GET /api/search against the real Dovecots: one folder and all folders, newest first across
 * folders, the count of every match, paging from the cache, and every bad input a clear 400.
 * What must match is computed here from the seeded messages, never asked of the server.
 */
interface Seeded {
  path: string;
  from: string;
  subject: string;
  /** Day of January 2026: the Date header and INTERNALDATE, so folders interleave by date. */
  day: number;
}

const SEEDS: Seeded[] = [
  { path: 'INBOX', from: 'ana@example.org', subject: 'inbox ana 1', day: 2 },
  { path: 'INBOX', from: 'bob@example.org', subject: 'inbox bob', day: 3 },
  { path: 'Projects', from: 'ana@example.org', subject: 'projects ana 1', day: 4 },
  { path: 'INBOX', from: 'ana@example.org', subject: 'inbox ana 2', day: 6 },
  { path: 'Trash', from: 'ana@example.org', subject: 'trash ana', day: 7 },
  { path: 'Archive', from: 'ana@example.org', subject: 'archive ana', day: 8 },
  { path: 'Projects', from: 'ana@example.org', subject: 'projects ana 2', day: 9 },
  { path: 'INBOX', from: 'ana@example.org', subject: 'inbox ana 3', day: 10 },
];

const dateOf = (day: number) => new Date(Date.UTC(2026, 0, day, 12));

function raw({ from, subject, day }: Seeded): string {
  return `From: ${from}\r\nTo: reader@example.org\r\nSubject: ${subject}\r\nDate: ${dateOf(day).toUTCString()}\r\n\r\nHello.\r\n`;
}

async function seedAll(owner: TestUser): Promise<void> {
  await withDirectImap(owner, async (imap: ImapFlow) => {
    await imap.mailboxCreate('Projects');
    for (const seed of SEEDS) await imap.append(seed.path, raw(seed), [], dateOf(seed.day));
  });
}

/** The subjects a search must list, newest first. */
const expected = (keep: (seed: Seeded) => boolean) =>
  SEEDS.filter(keep)
    .sort((a, b) => b.day - a.day)
    .map((seed) => seed.subject);

const fromAna = (seed: Seeded) => seed.from.startsWith('ana');
const everywhere = (seed: Seeded) => seed.path !== 'Trash';

async function search(app: AppClient, params: Record<string, string>) {
  const response = await app.request('GET', `/api/search?${new URLSearchParams(params)}`);
  return { status: response.status, json: response.json };
}

/** Every page of a search, following nextCursor: the subjects in order, and the first page's answer. */
async function allPages(app: AppClient, params: Record<string, string>) {
  const subjects: string[] = [];
  let cursor: string | null = null;
  let first: SearchResponse | undefined;
  for (let page = 0; page < 20; page++) {
    const response = await search(app, { ...params, ...(cursor ? { cursor } : {}) });
    expect(response.status, JSON.stringify(response.json?.error)).toBe(200);
    const body = SearchResponse.parse(response.json);
    first ??= body;
    subjects.push(...body.messages.map((row) => row.subject));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { subjects, first: first as SearchResponse };
}

describe('GET /api/search on the full Dovecot', () => {
  const owner = freshUser('search');
  let app: AppClient;
  beforeAll(async () => {
    await seedAll(owner);
    app = await signedIn(owner);
  });

  it('searches one folder: newest first, every match counted, rows in the list shape with their folder', async () => {
    const { subjects, first } = await allPages(app, { q: 'from:ana', mailboxId: mailboxId('INBOX'), limit: '2' });
    expect(subjects).toEqual(expected((seed) => fromAna(seed) && seed.path === 'INBOX'));
    expect(first.total).toBe(3);
    expect(first.messages).toHaveLength(2);
    expect(first.mailboxIds).toEqual([mailboxId('INBOX')]);
    expect(first.messages[0]).toMatchObject({ mailboxId: mailboxId('INBOX'), from: [{ address: 'ana@example.org' }] });
    expect(first.gaps).toEqual([]);
  });

  it('searches every folder but Trash and Junk, merged by date across folders and paged without repeats', async () => {
    const all = await allPages(app, { q: 'from:ana', mailboxId: '*', limit: '2' });
    expect(all.subjects).toEqual(expected((seed) => fromAna(seed) && everywhere(seed)));
    expect(all.first.total).toBe(expected((seed) => fromAna(seed) && everywhere(seed)).length);
    expect(all.first.mailboxIds).not.toContain(mailboxId('Trash'));
    expect(all.first.mailboxIds).toContain(mailboxId('Projects'));
    const anywhere = await allPages(app, { q: 'in:anywhere from:ana', mailboxId: mailboxId('INBOX') });
    expect(anywhere.subjects).toEqual(all.subjects);
  });

  it('lets in: in the query win over mailboxId, by path, everyday name or any case', async () => {
    const trash = await allPages(app, { q: 'from:ana in:trash', mailboxId: '*' });
    expect(trash.subjects).toEqual(['trash ana']);
    const projects = await allPages(app, { q: 'in:projects', mailboxId: mailboxId('INBOX') });
    expect(projects.subjects).toEqual(expected((seed) => seed.path === 'Projects'));
  });

  it('answers bad input with 400 and says what is wrong, and an unknown folder id with 404', async () => {
    const unknown = await search(app, { q: 'hello frm:x' });
    expect(unknown.status).toBe(400);
    expect(unknown.json?.error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(unknown.json?.error.message).toContain('"frm:x" at position 7');
    const unmatched = await search(app, { q: '(from:ana' });
    expect(unmatched.status).toBe(400);
    expect((await search(app, { q: 'in:nowhere ana' })).json?.error.message).toBe('No folder is named "nowhere".');
    expect((await search(app, { q: '   ' })).status).toBe(400);
    expect((await search(app, { q: 'ana', cursor: 'not-a-cursor' })).status).toBe(400);
    const other = SearchResponse.parse((await search(app, { q: 'from:ana', mailboxId: '*', limit: '1' })).json);
    const misused = await search(app, { q: 'from:bob', mailboxId: '*', cursor: other.nextCursor ?? '' });
    expect(misused.json?.error.message).toBe('The page cursor does not belong to this search.');
    expect((await search(app, { q: 'ana', mailboxId: mailboxId('No such folder') })).status).toBe(404);
  });

  it('searches for quotes, CRLF and literal syntax as text: the command is never changed', async () => {
    for (const q of ['subject:"x\r\nA1 DELETE INBOX"', 'subject:"{5}\r\n"', 'subject:")"']) {
      const response = await search(app, { q, mailboxId: '*' });
      expect(response.status, q).toBe(200);
      expect(SearchResponse.parse(response.json).total, q).toBe(0);
    }
    const inbox = await withDirectImap(owner, (imap) => imap.status('INBOX', { messages: true }));
    expect(inbox ? inbox.messages : null).toBe(SEEDS.filter((seed) => seed.path === 'INBOX').length);
  });
});

describe('the search cache', () => {
  it('pages without searching again, and searches again once another client changed the folder', async () => {
    const owner = freshUser('search-cache');
    await seedAll(owner);
    const app = await signedIn(owner);
    const first = SearchResponse.parse((await search(app, { q: 'from:ana', limit: '1' })).json);
    const second = SearchResponse.parse((await search(app, { q: 'from:ana', limit: '1', cursor: first.nextCursor ?? '' })).json);
    expect([first.messages[0]?.subject, second.messages[0]?.subject]).toEqual(['inbox ana 3', 'inbox ana 2']);
    // Another client deletes the newest match: HIGHESTMODSEQ moves, the next page searches afresh.
    await withDirectImap(owner, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX');
      try {
        await imap.messageDelete({ subject: 'inbox ana 3' });
      } finally {
        lock.release();
      }
    });
    const third = SearchResponse.parse((await search(app, { q: 'from:ana', limit: '1', cursor: second.nextCursor ?? '' })).json);
    expect(third.messages.map((row) => row.subject)).toEqual(['inbox ana 1']);
    expect(third.total).toBe(2);
    expect((await app.request('DELETE', '/api/session')).status).toBe(200);
    const sorts = sentCommands(owner.user, 'full').filter((command) => command.name === 'UID SORT');
    expect(sorts).toHaveLength(2);
  });
});

describe('GET /api/search on the minimal Dovecot (no SORT, ESEARCH, SPECIAL-USE)', () => {
  it('finds the same messages in the same order', async () => {
    const owner = freshUser('search-min');
    await seedAll(owner);
    const app = await signedIn(owner, IMAP_MINIMAL.port);
    const inbox = await allPages(app, { q: 'from:ana', limit: '2' });
    expect(inbox.subjects).toEqual(expected((seed) => fromAna(seed) && seed.path === 'INBOX'));
    const all = await allPages(app, { q: 'from:ana', mailboxId: '*', limit: '3' });
    expect(all.subjects).toEqual(expected((seed) => fromAna(seed) && everywhere(seed)));
    expect((await app.request('DELETE', '/api/session')).status).toBe(200);
    const names = new Set(sentCommands(owner.user, 'minimal').map((command) => command.name));
    expect(names.has('UID SEARCH')).toBe(true);
    expect(names.has('UID SORT')).toBe(false);
  });
});

describe('a folder that cannot hold messages (\\Noselect)', () => {
  it('is a 404 when named by id, is left out of all folders, and cannot be named by in:', async () => {
    const owner = freshUser('search-noselect');
    // Another client creates only the child: Maildir++ then lists the parent as \Noselect (or \NonExistent).
    await withDirectImap(owner, async (imap: ImapFlow) => {
      await imap.mailboxCreate('Parent/Child');
      await imap.append('Parent/Child', raw({ path: 'Parent/Child', from: 'ana@example.org', subject: 'child ana', day: 5 }));
      const parent = (await imap.list()).find((entry) => entry.path === 'Parent');
      expect(parent && (parent.flags.has('\\Noselect') || parent.flags.has('\\NonExistent'))).toBe(true);
    });
    const app = await signedIn(owner);
    const named = await search(app, { q: 'from:ana', mailboxId: mailboxId('Parent') });
    expect(named.status).toBe(404);
    expect(named.json?.error).toMatchObject({ code: 'NOT_FOUND' });
    // Its list too: Dovecot's NO to SELECT carries no response code here (lib/imap/connection/errors.ts).
    expect((await app.request('GET', `/api/mailboxes/${mailboxId('Parent')}/messages`)).status).toBe(404);
    const all = SearchResponse.parse((await search(app, { q: 'from:ana', mailboxId: '*' })).json);
    expect(all.messages.map((row) => row.subject)).toEqual(['child ana']);
    expect(all.mailboxIds).not.toContain(mailboxId('Parent'));
    expect(all.gaps).toEqual([]);
    const byName = await search(app, { q: 'from:ana in:Parent' });
    expect(byName.json?.error.message).toBe('No folder is named "Parent".');
  });
});
