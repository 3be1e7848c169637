import 'server-only';
import type { StreamEvent } from '@/lib/http/event-stream';
import { mailboxId } from '@/lib/ids';
import type { ResyncEvent } from '@/lib/schemas/live-events';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { FlagChange } from '@/lib/sync/changes-since';
import { encodeCursor, type MailboxCursor } from '@/lib/sync/mailbox-cursor';

export interface ChangeBatch {
  added: MessageSummary[];
  flags: FlagChange[];
  vanished: number[];
}

/**
 * One read of what changed (from cursor `from` to `to`) as stream events. The batch is the
 * unit of resumption: every event but the last carries `from` as its id and the last carries
 * `to`, so a stream cut halfway resumes from `from` and receives the whole batch again
 * (events are the server's word, so a repeat changes nothing), and a stream that received
 * the batch resumes after it, never replaying it. Expunges come first: a UID reused never
 * exists in IMAP (RFC 3501 §2.3.1.1), but a flag change of a message gone since must not
 * bring its row back.
 */
export function changeEvents(from: MailboxCursor, to: MailboxCursor, { added, flags, vanished }: ChangeBatch): StreamEvent[] {
  const id = mailboxId(from.path);
  const events: Array<Omit<StreamEvent, 'id'>> = [];
  if (vanished.length > 0) events.push({ event: 'message.expunge', data: { mailboxId: id, uids: vanished } });
  for (const change of flags) events.push({ event: 'message.flags', data: { mailboxId: id, ...change } });
  // Oldest first, so the newest lands on top when each is inserted as it comes.
  for (const message of [...added].reverse()) events.push({ event: 'message.new', data: { mailboxId: id, message } });
  const before = encodeCursor(from);
  const after = encodeCursor(to);
  return events.map((event, index) => ({ ...event, id: index === events.length - 1 ? after : before }));
}

export function resyncEvent(to: MailboxCursor, reason: ResyncEvent['reason']): StreamEvent {
  return { event: 'resync', id: encodeCursor(to), data: { mailboxId: mailboxId(to.path), reason } };
}
