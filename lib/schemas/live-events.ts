import { z } from 'zod';
import { MessageSummary } from './message-list';
import { PresenceEvent } from './presence';

/**
 * The live stream's events (`GET /api/events`), one schema per SSE `event:` name. Each event
 * carries an `id` (an opaque cursor into the watched mailbox's state, RFC 7162 modseqs) that
 * the browser hands back as Last-Event-ID, so a reconnect replays exactly what it missed.
 * Every event states the server's word, never a delta: applying one twice changes nothing.
 */
const MailboxRef = z.object({ mailboxId: z.string() });

/** A message arrived in the watched mailbox: the row exactly as the message list shows it. */
export const MessageNewEvent = MailboxRef.extend({ message: MessageSummary });
export type MessageNewEvent = z.infer<typeof MessageNewEvent>;

/** A message's flags and keywords as they now are on the server, at `modseq` (RFC 7162 §3.1.3.1). */
export const MessageFlagsEvent = MailboxRef.extend({
  uid: z.number().int().positive(),
  flags: z.array(z.string()),
  modseq: z.string(),
});
export type MessageFlagsEvent = z.infer<typeof MessageFlagsEvent>;

/** Messages gone from the watched mailbox: expunged, or moved away, by anyone. */
export const MessageExpungeEvent = MailboxRef.extend({ uids: z.array(z.number().int().positive()) });
export type MessageExpungeEvent = z.infer<typeof MessageExpungeEvent>;

/** A folder's counts changed (any folder, not only the watched one). */
export const MailboxCountsEvent = MailboxRef.extend({
  total: z.number().int().nonnegative(),
  unseen: z.number().int().nonnegative(),
});
export type MailboxCountsEvent = z.infer<typeof MailboxCountsEvent>;

/** The folder tree changed: a folder was created, renamed, deleted or (un)subscribed. Reload the tree. */
export const MailboxesChangedEvent = z.object({});
export type MailboxesChangedEvent = z.infer<typeof MailboxesChangedEvent>;

/**
 * What changed cannot be replayed exactly (UIDVALIDITY changed, or the server keeps no
 * mod-sequences): reload the mailbox's list. Events after this one continue from the reload.
 */
export const ResyncEvent = MailboxRef.extend({ reason: z.enum(['uidvalidity', 'no-condstore', 'expunges-unknown', 'gap']) });
export type ResyncEvent = z.infer<typeof ResyncEvent>;

export const LIVE_EVENTS = {
  'message.new': MessageNewEvent,
  'message.flags': MessageFlagsEvent,
  'message.expunge': MessageExpungeEvent,
  mailbox: MailboxCountsEvent,
  mailboxes: MailboxesChangedEvent,
  resync: ResyncEvent,
  presence: PresenceEvent,
} as const;

export type LiveEventName = keyof typeof LIVE_EVENTS;
export type LiveEvent = { [Name in LiveEventName]: { event: Name; data: z.infer<(typeof LIVE_EVENTS)[Name]> } }[LiveEventName];

/** `GET /api/events`: the mailbox to watch (INBOX when absent) and where the client's copy of it stands. */
export const LiveEventsQuery = z.object({
  mailboxId: z.string().max(2048).optional(),
  /** The `cursor` of the list page the client shows; Last-Event-ID, when the browser sends one, wins. */
  since: z.string().max(4096).optional(),
});
export type LiveEventsQuery = z.infer<typeof LiveEventsQuery>;

/**
 * POST /api/live/push/:token, from the mail server's push script (scripts/imap/letterbox-push.lua):
 * whose change it was and which folders (IMAP names, RFC 3501 §5.1) it touched.
 */
export const PushHintRequest = z.object({
  user: z.string().min(1).max(320),
  folders: z.array(z.string().min(1).max(1_000)).min(1).max(100),
});
export type PushHintRequest = z.infer<typeof PushHintRequest>;
