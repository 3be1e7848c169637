import type { BenchContext } from '../context';
import { fetchPreviews, fetchWindow } from '../floor/commands';
import type { OpResult } from '../measure';
import { coldOp } from './cold';

/** The first page as a new session's first request: SELECT of the large INBOX is part of it, on both sides. */
export function firstPageCold(ctx: BenchContext): Promise<OpResult> {
  const window = ctx.fx.sorted.slice(0, 50);
  const query = new URLSearchParams({ limit: '50', sort: 'date', order: 'desc' });
  return coldOp(
    ctx,
    { key: 'first-page-cold', name: 'First page, first request of a session (SELECT included)' },
    (client) => client.json('GET', `/api/mailboxes/${ctx.fx.inboxId}/messages?${query}`),
    async (floor) => {
      await floor.mailboxOpen('INBOX');
      await fetchWindow(floor, window);
      await fetchPreviews(floor, window);
    },
  );
}
