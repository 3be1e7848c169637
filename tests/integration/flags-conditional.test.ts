import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { appStoresAfterSignOut, flagsOnServer, highestModseq, inInbox, userWithMessages } from './support/flags';
import { IMAP_MINIMAL } from './support/servers';

const INBOX = mailboxId('INBOX');

/** RFC 7162 §3.1.3 UNCHANGEDSINCE through PATCH /api/messages, racing another IMAP client. */
describe('a conditional flag change (unchangedSince)', () => {
  it('applies to the messages nobody touched and answers 409 naming exactly those another client changed', async () => {
    const { owner, app } = await userWithMessages('flags-cond', 5);
    const seen = await highestModseq(owner);
    // Another client changes messages 2 and 4 after the app's view was taken.
    await inInbox(owner, (imap) => imap.messageFlagsAdd('2,4', ['$Other'], { uid: true }));

    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: [1, 2, 3, 4, 5],
      add: ['\\Flagged'],
      unchangedSince: seen,
    });
    expect(response.status).toBe(409);
    expect(response.json?.error).toMatchObject({ code: 'CONFLICT', uids: [2, 4], updated: '1,3,5' });
    expect(response.json?.error.message).toMatch(/others \(1,3,5\) were changed/);
    expect(await flagsOnServer(owner)).toEqual({
      1: ['\\Flagged'],
      2: ['$Other'],
      3: ['\\Flagged'],
      4: ['$Other'],
      5: ['\\Flagged'],
    });
  });

  it('adds and removes at once without half-applying to a changed message', async () => {
    const { owner, app } = await userWithMessages('flags-cond-both', 3);
    await inInbox(owner, (imap) => imap.messageFlagsAdd('1:3', ['\\Seen', '$label1'], { uid: true }));
    const seen = await highestModseq(owner);
    await inInbox(owner, (imap) => imap.messageFlagsAdd('2', ['$Other'], { uid: true }));

    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: '1:3',
      add: ['\\Flagged'],
      remove: ['\\Seen'],
      unchangedSince: seen,
    });
    expect(response.status).toBe(409);
    expect(response.json?.error).toMatchObject({ code: 'CONFLICT', uids: [2], updated: '1,3' });
    expect(await flagsOnServer(owner)).toEqual({
      1: ['$label1', '\\Flagged'],
      2: ['$Other', '$label1', '\\Seen'],
      3: ['$label1', '\\Flagged'],
    });
    // Neither +FLAGS nor -FLAGS: one replacing STORE per resulting list, each conditional.
    expect(await appStoresAfterSignOut(app, owner.user, 'full')).toEqual([
      expect.stringMatching(/^UID STORE 1,3 \(UNCHANGEDSINCE \d+\) FLAGS \(\$label1 \\Flagged\)$/),
    ]);
  });

  it('refuses a single stale message with 409 and changes nothing', async () => {
    const { owner, app } = await userWithMessages('flags-cond-one', 1);
    const seen = await highestModseq(owner);
    await inInbox(owner, (imap) => imap.messageFlagsAdd('1', ['\\Seen'], { uid: true }));
    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: [1],
      remove: ['\\Seen'],
      add: ['\\Flagged'],
      unchangedSince: seen,
    });
    expect(response.status).toBe(409);
    expect(response.json?.error).toMatchObject({ code: 'CONFLICT', uids: [1], updated: '' });
    expect(await flagsOnServer(owner)).toEqual({ 1: ['\\Seen'] });
  });

  it('applies everywhere when nothing changed since, and answers the new modseq', async () => {
    const { owner, app } = await userWithMessages('flags-cond-ok', 3);
    const seen = await highestModseq(owner);
    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: '1:3',
      add: ['$label3'],
      unchangedSince: seen,
    });
    expect(response.status).toBe(200);
    expect(response.json?.updated).toBe('1:3');
    expect(BigInt(response.json?.modseq)).toBeGreaterThan(BigInt(seen));
    expect(response.json?.modseq).toBe(await highestModseq(owner));
    expect(await flagsOnServer(owner)).toEqual({ 1: ['$label3'], 2: ['$label3'], 3: ['$label3'] });
  });

  it('is refused with 422 on a server without CONDSTORE, with no STORE sent', async () => {
    const { owner, app } = await userWithMessages('flags-cond-min', 2, IMAP_MINIMAL.port);
    const response = await app.request('PATCH', '/api/messages', {
      mailboxId: INBOX,
      uids: [1, 2],
      add: ['\\Flagged'],
      unchangedSince: '1',
    });
    expect(response.status).toBe(422);
    expect(response.json?.error.code).toBe('UNSUPPORTED');
    expect(response.json?.error.message).toMatch(/CONDSTORE/);
    // The same change without the condition works there.
    const plain = await app.request('PATCH', '/api/messages', { mailboxId: INBOX, uids: [2], add: ['\\Seen'] });
    expect(plain.status).toBe(200);
    expect(await appStoresAfterSignOut(app, owner.user, 'minimal')).toEqual(['UID STORE 2 +FLAGS (\\Seen)']);
    expect(await flagsOnServer(owner)).toEqual({ 1: [], 2: ['\\Seen'] });
  });
});
