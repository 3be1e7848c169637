import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { readEvents } from './support/sse-reader';
import { freshUser, openConnections } from './support/users';

async function signedInClient() {
  const owner = freshUser('sse');
  const client = new AppClient();
  expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
  return { owner, client };
}

const append = (owner: { user: string; password: string }, subject: string) =>
  withDirectImap(owner, async (imap) => {
    const appended = await imap.append('INBOX', `Subject: ${subject}\r\n\r\nHi.\r\n`);
    return Number(appended ? appended.uid : 0);
  });

describe('GET /api/events over HTTP (the built app, against Dovecot)', () => {
  it('refuses without a session, and answers 404 for a folder that does not exist', async () => {
    const anonymous = await new AppClient().request('GET', '/api/events');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json?.error.code).toBe('AUTH_REQUIRED');
    const { client } = await signedInClient();
    const missing = await client.request('GET', `/api/events?mailboxId=${mailboxId('Nowhere')}`);
    expect(missing.status).toBe(404);
    expect(missing.json?.error.code).toBe('NOT_FOUND');
  });

  it('streams unbuffered and uncompressed: SSE headers, a first comment at once, then the pushed event', async () => {
    const { owner, client } = await signedInClient();
    const abort = new AbortController();
    const response = await client.open('/api/events', { 'accept-encoding': 'gzip, br' }, abort.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toContain('no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('content-encoding')).toBeNull();
    const reader = readEvents(response);
    await expect.poll(() => reader.comments, { timeout: 2_000 }).toBeGreaterThan(0);
    const uid = await append(owner, 'Over HTTP');
    expect((await reader.next((event) => event.event === 'message.new')).data).toMatchObject({ message: { uid } });
    abort.abort();
  });

  it('resumes from the Last-Event-ID header, which wins over `since`; an id it never wrote starts with resync', async () => {
    const { owner, client } = await signedInClient();
    const first = new AbortController();
    const reader = readEvents(await client.open('/api/events', {}, first.signal));
    await append(owner, 'Seen');
    await reader.next((event) => event.event === 'message.new');
    const lastId = reader.lastId() ?? '';
    first.abort();
    const missed = await append(owner, 'Missed');

    const second = new AbortController();
    const resumed = readEvents(
      await client.open('/api/events?since=bm90LWEtY3Vyc29y', { 'last-event-id': lastId }, second.signal),
    );
    const next = await resumed.next();
    expect(next).toMatchObject({ event: 'message.new', data: { message: { uid: missed, subject: 'Missed' } } });
    second.abort();

    const third = new AbortController();
    const forged = readEvents(await client.open('/api/events?since=bm90LWEtY3Vyc29y', {}, third.signal));
    expect(await forged.next()).toMatchObject({ event: 'resync', data: { mailboxId: mailboxId('INBOX'), reason: 'gap' } });
    third.abort();
  });

  it('holds at most 8 streams per session (429 for the ninth) and ends them all at sign-out', async () => {
    const { owner, client } = await signedInClient();
    const abort = new AbortController();
    const streams: Array<ReturnType<typeof readEvents>> = [];
    for (let i = 0; i < 8; i++) {
      const response = await client.open('/api/events', {}, abort.signal);
      expect(response.status).toBe(200);
      streams.push(readEvents(response));
    }
    const ninth = await client.request('GET', '/api/events');
    expect(ninth.status).toBe(429);
    expect(ninth.json?.error.code).toBe('RATE_LIMITED');
    expect((await client.request('DELETE', '/api/session')).status).toBeLessThan(300);
    await expect.poll(() => streams.every((stream) => stream.ended), { timeout: 5_000 }).toBe(true);
    // The watcher follows once its grace period is over.
    await expect.poll(() => openConnections(owner.user), { timeout: 20_000 }).toBe(0);
    abort.abort();
  });
});
