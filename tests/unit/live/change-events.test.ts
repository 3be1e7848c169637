import { describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { changeEvents, resyncEvent } from '@/lib/live/change-events';
import { LIVE_EVENTS } from '@/lib/schemas/live-events';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { decodeCursor, type MailboxCursor } from '@/lib/sync/mailbox-cursor';

const from: MailboxCursor = { path: 'INBOX', uidValidity: 7, highestModseq: '40', uidNext: 10, exists: 9 };
const to: MailboxCursor = { ...from, highestModseq: '45', uidNext: 12, exists: 10 };

const row = (uid: number): MessageSummary => ({
  id: `id-${uid}`,
  uid,
  subject: `Message ${uid}`,
  from: [{ name: 'Ada', address: 'ada@example.org' }],
  to: [],
  cc: [],
  recipientsOmitted: 0,
  date: '2026-12-06T10:00:00.000Z',
  flags: [],
  modseq: '44',
  size: 100,
  hasAttachments: false,
  preview: null,
});

describe('change events: one read of changes as SSE events', () => {
  const events = changeEvents(from, to, {
    added: [row(11), row(10)],
    flags: [{ uid: 3, flags: ['\\Seen'], modseq: '42' }],
    vanished: [4, 5],
  });

  it('sends expunges first, then flags, then new rows oldest first, each valid under the client-safe schema', () => {
    expect(events.map((event) => event.event)).toEqual(['message.expunge', 'message.flags', 'message.new', 'message.new']);
    expect(events.map((event) => (event.data as { message?: { uid: number } }).message?.uid)).toEqual([
      undefined,
      undefined,
      10,
      11,
    ]);
    for (const event of events) {
      const schema = LIVE_EVENTS[event.event as keyof typeof LIVE_EVENTS];
      expect(schema.safeParse(event.data).success).toBe(true);
    }
    expect(events[0]?.data).toEqual({ mailboxId: mailboxId('INBOX'), uids: [4, 5] });
  });

  it('gives every event but the last the cursor before the read, and the last the cursor after it', () => {
    const ids = events.map((event) => (event.id ? decodeCursor(event.id) : null));
    expect(ids.slice(0, -1)).toEqual([from, from, from]);
    expect(ids.at(-1)).toEqual(to);
  });

  it('sends nothing for a read that found nothing, and a resync with the cursor it continues from', () => {
    expect(changeEvents(from, to, { added: [], flags: [], vanished: [] })).toEqual([]);
    const resync = resyncEvent(to, 'uidvalidity');
    expect(resync).toMatchObject({ event: 'resync', data: { mailboxId: mailboxId('INBOX'), reason: 'uidvalidity' } });
    expect(decodeCursor(resync.id ?? '')).toEqual(to);
  });
});
