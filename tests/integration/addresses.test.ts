import { describe, expect, it } from 'vitest';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { AppClient } from './support/http-client';
import { freshUser } from './support/users';

/** Autocompletion from the user's own recent mail, read from the server, never stored elsewhere. */
describe('GET /api/addresses', () => {
  it('suggests the people of recent Sent and INBOX mail, the most written-to first, never the user', async () => {
    const owner = freshUser('book');
    const me = `${owner.user}@${MAIL_DOMAIN}`;
    await withDirectImap(owner, async (imap) => {
      const message = (from: string, to: string, subject: string) =>
        `From: ${from}\r\nTo: ${to}\r\nSubject: ${subject}\r\nDate: ${new Date().toUTCString()}\r\n\r\nx\r\n`;
      for (let i = 0; i < 3; i++)
        await imap.append('Sent', message(me, '"Zoë Martin" <zoe@example.org>', `To Zoë ${i}`), ['\\Seen']);
      await imap.append('Sent', message(me, 'zack@example.net', 'To Zack'), ['\\Seen']);
      await imap.append('INBOX', message('"Zora Quinn" <zora@example.com>', me, 'From Zora'));
      await imap.append('INBOX', message(`"Me" <${me}>`, me, 'Note to self'));
    });
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password)).status).toBe(200);

    const z = await client.request('GET', '/api/addresses?q=z');
    expect(z.status).toBe(200);
    expect(z.json?.addresses).toEqual([
      { name: 'Zoë Martin', address: 'zoe@example.org' },
      { name: '', address: 'zack@example.net' },
      { name: 'Zora Quinn', address: 'zora@example.com' },
    ]);
    expect((await client.request('GET', '/api/addresses?q=quinn')).json?.addresses).toEqual([
      { name: 'Zora Quinn', address: 'zora@example.com' },
    ]);
    expect((await client.request('GET', `/api/addresses?q=${owner.user}`)).json?.addresses).toEqual([]);
    expect((await client.request('GET', '/api/addresses?q=z&limit=1')).json?.addresses).toHaveLength(1);
    expect((await client.request('GET', '/api/addresses?limit=99')).status).toBe(400);
  });
});
