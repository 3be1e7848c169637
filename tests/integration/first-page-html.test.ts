import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import type { AppClient } from './support/http-client';
import { signedIn } from './support/move-fixtures';
import { APP_URL } from './support/servers';
import { freshUser } from './support/users';

/** 23:30 UTC on a Monday: already Tuesday morning in Tokyo. */
const LATE = 'Mon, 02 Mar 2026 23:30:00 +0000';

async function mailPage(app: AppClient, cookies: string[] = []): Promise<{ status: number; html: string }> {
  const response = await fetch(`${APP_URL}/mail/${mailboxId('INBOX')}`, {
    headers: { cookie: [app.cookie, ...cookies].join('; ') },
    redirect: 'manual',
  });
  return { status: response.status, html: await response.text() };
}

/** The rows the HTML itself holds (server-rendered), by their data-uid. */
const rowUids = (html: string) =>
  [...html.matchAll(/data-testid="message-row" data-uid="(\d+)"/g)].map((match) => Number(match[1]));

describe('GET /mail/<INBOX> renders the first screen on the server', () => {
  it('holds the folder tree and, once the reader has told its time zone, the newest rows with dates in that zone', async () => {
    const owner = freshUser('ssr');
    await withDirectImap(owner, async (imap) => {
      await imap.append('INBOX', `Subject: late on Monday\r\nDate: ${LATE}\r\nFrom: a@example.test\r\n\r\nHi.\r\n`);
      await imap.append(
        'INBOX',
        'Subject: second\r\nDate: Sun, 01 Mar 2026 10:00:00 +0000\r\nFrom: b@example.test\r\n\r\nHi.\r\n',
      );
    });
    const app = await signedIn(owner);

    const tokyo = await mailPage(app, ['letterbox_tz=Asia%2FTokyo']);
    expect(tokyo.status).toBe(200);
    expect(tokyo.html).toContain('data-testid="folder-tree"');
    expect(rowUids(tokyo.html)).toEqual([1, 2]);
    expect(tokyo.html).toContain('late on Monday');
    expect(tokyo.html).toContain('title="Tue, 3 Mar 2026, 08:30"');

    const utc = await mailPage(app, ['letterbox_tz=UTC']);
    expect(utc.html).toContain('title="Mon, 2 Mar 2026, 23:30"');
  });

  it('sends no rows while the zone is unknown, not a zone or not even decodable: the browser lists them in its own', async () => {
    const owner = freshUser('ssr');
    await withDirectImap(owner, (imap) => imap.append('INBOX', 'Subject: one\r\nFrom: a@example.test\r\n\r\nHi.\r\n'));
    const app = await signedIn(owner);
    // %25 decodes to a lone '%': decoding it once more would throw and take the page down.
    for (const cookies of [[], ['letterbox_tz=Mars%2FOlympus'], ['letterbox_tz=%25'], ['letterbox_tz=%E0%A4%A']]) {
      const page = await mailPage(app, cookies);
      expect(page.status).toBe(200);
      expect(page.html).toContain('data-testid="folder-tree"');
      expect(rowUids(page.html)).toEqual([]);
    }
  });

  it('sends a signed-out reader to /login without touching IMAP', async () => {
    const response = await fetch(`${APP_URL}/mail/${mailboxId('INBOX')}`, { redirect: 'manual' });
    expect([307, 308]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/login$/);
  });
});
