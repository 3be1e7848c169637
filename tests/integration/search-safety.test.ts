import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { atom } from '@/lib/imap/commands/raw-command';
import { uidSearch } from '@/lib/imap/commands/uid-search';
import { SearchResponse } from '@/lib/schemas/search';
import { boundedSearch } from '@/lib/search/bounded-search';
import { closeDirect, connectDirect } from '../../scripts/harness/direct-imap';
import { HUGE_HEADERS, NEIGHBOUR } from '../fixtures/mail/malformed/huge-headers';
import { withDirectImap } from './support/direct-imap';
import { dovecotLines } from './support/dovecot-log';
import { signedIn } from './support/move-fixtures';
import { freshUser } from './support/users';

const panics = (user: string) => dovecotLines(user, 'full').filter((line) => line.includes('Panic:')).length;

describe('a search in a folder holding a 50 MB Subject line (Dovecot 2.3 panics on SEARCH SUBJECT over it)', () => {
  it('still answers, without the huge message, says so, and never makes the server die twice for it', async () => {
    const owner = freshUser('search-huge');
    const huge = HUGE_HEADERS.find((entry) => entry.name.includes('Subject'));
    if (!huge) throw new Error('no huge-Subject fixture');
    await withDirectImap(owner, async (imap) => {
      await imap.append('INBOX', NEIGHBOUR);
      await imap.append('INBOX', huge.bytes());
    });
    const app = await signedIn(owner);
    for (const round of [1, 2]) {
      const response = await app.request('GET', '/api/search?q=subject%3Anebenan');
      expect(response.status, `round ${round}: ${JSON.stringify(response.json?.error)}`).toBe(200);
      const body = SearchResponse.parse(response.json);
      expect(body.messages.map((row) => row.subject)).toEqual(['Grüße von nebenan']);
      expect(body.gaps).toEqual([expect.objectContaining({ path: 'INBOX', reason: 'large-skipped' })]);
      // The first round costs the server one imap process; the second remembers and asks around it.
      expect(panics(owner.user), `round ${round}`).toBe(1);
    }
    // The session still works: nothing was left broken in its pool.
    expect((await app.request('GET', '/api/mailboxes')).status).toBe(200);
  });
});

describe('a search the browser abandons', () => {
  it('closes its connection at once and answers SEARCH_TIMEOUT, instead of leaving the server searching', async () => {
    const owner = freshUser('search-abort');
    const client = await connectDirect(owner);
    try {
      await client.mailboxOpen('INBOX');
      const browser = new AbortController();
      const search = boundedSearch(client, browser.signal, () => uidSearch(client, { attributes: [atom('ALL')], utf8: false }));
      browser.abort();
      const error = await search.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'SEARCH_TIMEOUT', message: 'The search was cancelled.' });
      expect(client.usable).toBe(false);
    } finally {
      await closeDirect(client);
    }
  });
});
