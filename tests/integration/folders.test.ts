import type { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser, type TestUser } from './support/users';

/** A fresh user signed in to the app. */
async function signedIn(prefix: string): Promise<{ owner: TestUser; app: AppClient }> {
  const owner = freshUser(prefix);
  const app = new AppClient();
  expect((await app.signIn(owner.user, owner.password)).status).toBe(200);
  return { owner, app };
}

interface Listed {
  /** LIST: the folders that exist (not `\NonExistent` names). */
  existing: string[];
  /** LSUB, from imapflow's list(). */
  subscribed: string[];
}

/** The folder tree as another IMAP client (not the app) reads it. */
function foldersOnServer(owner: TestUser): Promise<Listed> {
  return withDirectImap(owner, async (imap: ImapFlow) => {
    const entries = await imap.list();
    return {
      existing: entries.filter((e) => e.listed && !e.flags.has('\\NonExistent')).map((e) => e.path),
      subscribed: entries.filter((e) => e.subscribed).map((e) => e.path),
    };
  });
}

const path = (value: string) => `/api/mailboxes/${mailboxId(value)}`;

describe('POST /api/mailboxes', () => {
  it('creates a nested folder, each missing level a real, subscribed folder', async () => {
    const { owner, app } = await signedIn('fold-create');
    const response = await app.request('POST', '/api/mailboxes', { path: 'Projekte/2026/Q1 Überblick' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      id: mailboxId('Projekte/2026/Q1 Überblick'),
      path: 'Projekte/2026/Q1 Überblick',
      subscribed: true,
    });
    const server = await foldersOnServer(owner);
    for (const folder of ['Projekte', 'Projekte/2026', 'Projekte/2026/Q1 Überblick']) {
      expect(server.existing).toContain(folder);
      expect(server.subscribed).toContain(folder);
    }
  });

  it('answers 409 ALREADY_EXISTS for a folder another client made, and 400 naming the delimiter rule', async () => {
    const { owner, app } = await signedIn('fold-exists');
    await withDirectImap(owner, (imap) => imap.mailboxCreate('Belege'));
    const exists = await app.request('POST', '/api/mailboxes', { path: 'Belege' });
    expect(exists.status).toBe(409);
    expect(exists.json?.error.code).toBe('ALREADY_EXISTS');
    expect((await app.request('POST', '/api/mailboxes', { path: 'inbox' })).json?.error.code).toBe('ALREADY_EXISTS');

    for (const [bad, why] of [
      ['Reisen//Köln', 'empty level'],
      ['/Reisen', 'start with “/”'],
      ['Reisen/', 'end with “/”'],
    ]) {
      const refused = await app.request('POST', '/api/mailboxes', { path: bad });
      expect(refused.status, bad).toBe(400);
      expect(refused.json?.error.message).toContain(why);
    }
    // A character only the server refuses (Dovecot's maildir layout: '.') comes back as its own words.
    const dot = await app.request('POST', '/api/mailboxes', { path: 'a.b' });
    expect(dot.status).toBe(400);
    expect(dot.json?.error.message).toContain("'.'");
    expect((await foldersOnServer(owner)).existing).not.toContain('Reisen');
  });
});

describe('PATCH /api/mailboxes/:id', () => {
  it('renames a non-ASCII folder with children, which follow and stay subscribed', async () => {
    const { owner, app } = await signedIn('fold-rename');
    expect((await app.request('POST', '/api/mailboxes', { path: 'Reisen/Köln 2026/Belege' })).status).toBe(200);
    const response = await app.request('PATCH', path('Reisen/Köln 2026'), { path: 'Archiv/Zürich ✈' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ id: mailboxId('Archiv/Zürich ✈'), path: 'Archiv/Zürich ✈', subscribed: true });

    const server = await foldersOnServer(owner);
    expect(server.existing).toEqual(expect.arrayContaining(['Archiv', 'Archiv/Zürich ✈', 'Archiv/Zürich ✈/Belege', 'Reisen']));
    expect(server.existing).not.toContain('Reisen/Köln 2026');
    expect(server.existing).not.toContain('Reisen/Köln 2026/Belege');
    expect(server.subscribed).toEqual(expect.arrayContaining(['Archiv/Zürich ✈', 'Archiv/Zürich ✈/Belege']));
    expect(server.subscribed).not.toContain('Reisen/Köln 2026');
    expect(server.subscribed).not.toContain('Reisen/Köln 2026/Belege');
  });

  it('unsubscribes and subscribes again, as LSUB shows', async () => {
    const { owner, app } = await signedIn('fold-sub');
    await app.request('POST', '/api/mailboxes', { path: 'Newsletter' });
    const off = await app.request('PATCH', path('Newsletter'), { subscribed: false });
    expect(off.json).toMatchObject({ path: 'Newsletter', subscribed: false });
    expect((await foldersOnServer(owner)).subscribed).not.toContain('Newsletter');
    await app.request('PATCH', path('Newsletter'), { subscribed: true });
    expect((await foldersOnServer(owner)).subscribed).toContain('Newsletter');
  });

  it('refuses a name that exists (409), a move inside itself (400) and a folder another client deleted (404)', async () => {
    const { owner, app } = await signedIn('fold-rename-no');
    await app.request('POST', '/api/mailboxes', { path: 'Eins/Kind' });
    await app.request('POST', '/api/mailboxes', { path: 'Zwei' });
    const taken = await app.request('PATCH', path('Eins'), { path: 'Zwei' });
    expect(taken.status).toBe(409);
    expect(taken.json?.error.code).toBe('ALREADY_EXISTS');
    const inside = await app.request('PATCH', path('Eins'), { path: 'Eins/Kind/Eins' });
    expect(inside.status).toBe(400);
    expect(inside.json?.error.message).toContain('inside itself');
    await withDirectImap(owner, (imap) => imap.mailboxDelete('Zwei'));
    const gone = await app.request('PATCH', path('Zwei'), { path: 'Drei' });
    expect(gone.status).toBe(404);
    expect(gone.json?.error.message).toContain('another client');
    expect((await foldersOnServer(owner)).existing).toEqual(expect.arrayContaining(['Eins', 'Eins/Kind']));
  });
});

describe('DELETE /api/mailboxes/:id', () => {
  it('refuses INBOX and special-use folders with 409 SPECIAL_USE, nothing deleted; force deletes a special-use one', async () => {
    const { owner, app } = await signedIn('fold-special');
    await withDirectImap(owner, (imap) => imap.append('Junk', 'Subject: spam\r\n\r\nBuy.\r\n'));
    const junkMessages = () =>
      withDirectImap(owner, async (imap) => {
        const status = await imap.status('Junk', { messages: true });
        return status ? status.messages : undefined;
      });
    const inbox = await app.request('DELETE', `${path('INBOX')}?force=true`);
    expect(inbox.status).toBe(409);
    expect(inbox.json?.error.code).toBe('SPECIAL_USE');
    const junk = await app.request('DELETE', `${path('Junk')}?withChildren=true`);
    expect(junk.status).toBe(409);
    expect(junk.json?.error).toMatchObject({ code: 'SPECIAL_USE', specialUse: '\\Junk' });
    expect((await foldersOnServer(owner)).existing).toEqual(expect.arrayContaining(['INBOX', 'Junk']));
    expect(await junkMessages()).toBe(1);

    const forced = await app.request('DELETE', `${path('Junk')}?force=true`);
    expect(forced.status).toBe(200);
    expect(forced.json).toEqual({ deleted: ['Junk'] });
    // This Dovecot autocreates its special-use folders (auto = create), so Junk comes back at once, empty.
    expect(await junkMessages()).toBe(0);
  });

  it('refuses a folder with children (HAS_CHILDREN) or messages unless confirmed, then deletes children first and unsubscribes', async () => {
    const { owner, app } = await signedIn('fold-delete');
    await app.request('POST', '/api/mailboxes', { path: 'Alt/Kind/Enkel' });
    await withDirectImap(owner, (imap) => imap.append('Alt/Kind', 'Subject: kept\r\n\r\nHello.\r\n'));

    const children = await app.request('DELETE', path('Alt'));
    expect(children.status).toBe(409);
    expect(children.json?.error.code).toBe('HAS_CHILDREN');
    expect(children.json?.error.message).toContain('2 subfolders');
    const messages = await app.request('DELETE', `${path('Alt')}?withChildren=true`);
    expect(messages.status).toBe(409);
    expect(messages.json?.error.message).toContain('1 message would be deleted');
    expect((await foldersOnServer(owner)).existing).toEqual(expect.arrayContaining(['Alt', 'Alt/Kind', 'Alt/Kind/Enkel']));

    const done = await app.request('DELETE', `${path('Alt')}?withChildren=true&force=true`);
    expect(done.status).toBe(200);
    expect(done.json).toEqual({ deleted: ['Alt/Kind/Enkel', 'Alt/Kind', 'Alt'] });
    const server = await foldersOnServer(owner);
    expect(server.existing.filter((folder) => folder.startsWith('Alt'))).toEqual([]);
    expect(server.subscribed.filter((folder) => folder.startsWith('Alt'))).toEqual([]);
  });

  it('answers 404 with a clear message for a folder another client deleted meanwhile', async () => {
    const { owner, app } = await signedIn('fold-race');
    await app.request('POST', '/api/mailboxes', { path: 'Flüchtig' });
    await withDirectImap(owner, (imap) => imap.mailboxDelete('Flüchtig'));
    const gone = await app.request('DELETE', path('Flüchtig'));
    expect(gone.status).toBe(404);
    expect(gone.json?.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('another client') });
  });
});
