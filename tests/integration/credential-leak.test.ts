import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { seedMailbox } from '../../scripts/seed/seed-mailbox';
import { leakedIn, leakedInAppLog } from './support/credentials';
import { AppClient } from './support/http-client';
import { APP_URL } from './support/servers';
import { freshUser } from './support/users';

/** Everything a response shows a client: status line, headers (cookies included) and body. */
async function exposed(client: AppClient, method: string, path: string, body?: unknown): Promise<string> {
  const response = await fetch(`${APP_URL}${path}`, {
    method,
    headers: {
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' ? { origin: APP_URL } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('letterbox_session='));
  if (cookie) client.cookie = cookie.split(';')[0] ?? '';
  return `${response.status} ${[...response.headers].join('\n')}\n${await response.text()}`;
}

describe('credentials never leave the server', () => {
  it('appear in no response of any endpoint, nor in the app log', async () => {
    const owner = freshUser('leak');
    indexAndSubscribe(await seedMailbox({ user: owner.user, count: 20, folders: false }));
    const client = new AppClient();
    const seen: string[] = [];
    seen.push(await exposed(client, 'POST', '/api/session', { user: owner.user, password: `${owner.password}-wrong` }));
    seen.push(await exposed(client, 'POST', '/api/session', { user: owner.user, password: owner.password }));
    seen.push(await exposed(client, 'GET', '/api/session'));
    seen.push(await exposed(client, 'GET', '/api/mailboxes'));
    const list = await exposed(client, 'GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=20&sort=date&order=desc`);
    seen.push(list);
    const { messages } = JSON.parse(list.slice(list.indexOf('\n{'))) as MessagesResponse;
    const id = messages[0]?.id ?? 'none';
    for (const path of [`/api/messages/${id}`, `/api/messages/${id}/parts/1`, `/api/messages/${id}/raw`, '/api/settings']) {
      seen.push(await exposed(client, 'GET', path));
    }
    seen.push(await exposed(client, 'POST', `/api/messages/${id}/seen`));
    seen.push(await exposed(client, 'GET', '/api/health'));
    seen.push(await exposed(client, 'DELETE', '/api/session'));
    expect(seen.filter((text) => text.startsWith('5'))).toEqual([]);
    expect(leakedIn(seen.join('\n'))).toBe(0);
    // So far in this run (other files run alongside); the global teardown checks the whole log again.
    expect(leakedInAppLog()).toBe(0);
    // The check itself works: the password is known to it.
    expect(leakedIn(`x ${owner.password} y`)).toBe(1);
  });
});
