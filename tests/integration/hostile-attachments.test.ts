import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { APP_URL } from './support/servers';
import { freshUser } from './support/users';

const HOSTILE = resolve(import.meta.dirname, '../fixtures/mail/hostile');
const client = new AppClient();
let views: MessageView[] = [];

beforeAll(async () => {
  const owner = freshUser('hostile-att');
  await withDirectImap(owner, async (imap) => {
    for (const file of ['attachment-html.eml', 'attachment-svg.eml'])
      await imap.append('INBOX', readFileSync(resolve(HOSTILE, file)));
  });
  await client.signIn(owner.user, owner.password);
  const list = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?limit=10&sort=arrival&order=asc`);
  const rows = (list.json?.messages ?? []) as MessageSummary[];
  views = await Promise.all(
    rows.map(async (row) => (await client.request('GET', `/api/messages/${row.id}`)).json as MessageView),
  );
}, 60_000);

describe('HTML and SVG attachments', () => {
  it('are served only as downloads, sniff-proof and sandboxed, even one the message marks inline', async () => {
    const files = views.flatMap((view) => view.attachments.map((part) => ({ id: view.id, part })));
    expect(files.map(({ part }) => part.filename).sort()).toEqual(['chart.svg', 'inline.svg', 'invoice.html']);
    for (const { id, part } of files) {
      const response = await fetch(`${APP_URL}/api/messages/${id}/parts/${part.part}`, { headers: { cookie: client.cookie } });
      expect(response.status, part.filename ?? '').toBe(200);
      expect(response.headers.get('content-disposition'), part.filename ?? '').toMatch(/^attachment;/);
      expect(response.headers.get('content-security-policy')).toBe('sandbox');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toMatch(/<(svg|html|script)/i);
    }
  });
});
