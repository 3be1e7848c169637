import { z } from 'zod';
import { SORT_KEYS, SORT_ORDERS } from './values';

/** RFC 5256 sort keys the list offers; arrival is the order messages reached the mailbox. */
export const SortKey = z.enum(SORT_KEYS);
export type SortKey = z.infer<typeof SortKey>;

export const SortOrder = z.enum(SORT_ORDERS);
export type SortOrder = z.infer<typeof SortOrder>;

export const ListMessagesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  sort: SortKey.default('date'),
  order: SortOrder.default('desc'),
});
export type ListMessagesQuery = z.infer<typeof ListMessagesQuery>;

export const Address = z.object({ name: z.string(), address: z.string() });
export type Address = z.infer<typeof Address>;

/**
 * An address header (From, Sender, Reply-To) that does not parse cleanly (RFC 5322 §3.4), or
 * that the message holds more than once (§3.6). Shown as it is, never as a repaired guess: a
 * server's parse of `"PayPal" <service@paypal.com> <x@evil.example>` keeps only the first address.
 */
export const MalformedHeader = z.object({
  field: z.enum(['from', 'sender', 'reply-to']),
  /** Every address the header holds, in order of appearance: each `local@domain` in its decoded text. */
  addresses: z.array(z.string()),
  /** The header's text as sent: RFC 2047 words decoded, control and direction characters as U+FFFD, clipped. */
  text: z.string(),
});
export type MalformedHeader = z.infer<typeof MalformedHeader>;

export const MessageSummary = z.object({
  /** Opaque id packing mailbox, UIDVALIDITY and UID. */
  id: z.string(),
  uid: z.number().int(),
  subject: z.string(),
  from: z.array(Address),
  to: z.array(Address),
  cc: z.array(Address),
  /** To and Cc addresses left out of those lists (100 each are sent), as far as the header was read: a lower bound. */
  recipientsOmitted: z.number().int().nonnegative(),
  /**
   * Present only when an address header is malformed; `from` then lists every address of the From
   * header(s), without names, instead of the server's guess.
   */
  malformed: z.array(MalformedHeader).optional(),
  /** The Date header (ISO 8601), or the arrival time when the header is missing or broken. */
  date: z.string(),
  flags: z.array(z.string()),
  /**
   * RFC 7162 MODSEQ of the message when `flags` were read (servers with CONDSTORE): a flag
   * change carrying an older modseq than the row's is stale and must not overwrite it.
   */
  modseq: z.string().optional(),
  size: z.number().int(),
  hasAttachments: z.boolean(),
  /** The start of the message's text (at most 200 characters), or null when it has none. */
  preview: z.string().nullable(),
});
export type MessageSummary = z.infer<typeof MessageSummary>;

export const MessagesResponse = z.object({
  total: z.number().int(),
  uidValidity: z.number().int(),
  highestModseq: z.string().optional(),
  /** RFC 3501 §2.3.1.1 UIDNEXT: every message of the folder has a lower UID, so "select all" is `1:<uidNext-1>`. */
  uidNext: z.number().int().optional(),
  messages: z.array(MessageSummary),
  nextCursor: z.string().nullable(),
  /**
   * Where this answer stands in the mailbox's history (opaque): `GET /api/events?since=` starts
   * the live stream there, so nothing that changed between this page and the stream is missed.
   */
  liveCursor: z.string().optional(),
});
export type MessagesResponse = z.infer<typeof MessagesResponse>;
