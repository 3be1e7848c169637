import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser } from './support/users';

const GZIP = { 'accept-encoding': 'gzip' };

describe('compression of API answers', () => {
  it('sends small answers as they are and gzips large ones', async () => {
    const owner = freshUser('gzip');
    await withDirectImap(owner, async (imap) => {
      for (let i = 0; i < 12; i++) {
        await imap.append(
          'INBOX',
          `From: sender${i}@example.org\r\nSubject: A subject long enough to count, number ${i}\r\n\r\nBody ${i}.\r\n`,
        );
      }
    });
    const client = new AppClient();
    await client.signIn(owner.user, owner.password);

    // A session check, an error: each once cost the server a gzip stream of its own.
    for (const path of ['/api/session', `/api/mailboxes/${mailboxId('No such folder')}/messages`]) {
      const small = await client.request('GET', path, undefined, GZIP);
      expect(small.headers.get('content-encoding'), path).toBeNull();
      expect(small.headers.get('cache-control'), path).toContain('no-transform');
    }

    const page = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=50`, undefined, GZIP);
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.json).length).toBeGreaterThan(1024);
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).not.toContain('no-transform');
    expect(page.json?.messages).toHaveLength(12);
  });
});
