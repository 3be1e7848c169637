import { z } from 'zod';
import { MessageSummary } from './message-list';

/** `*` searches every folder but Trash and Junk; an `in:` in the query wins over either. */
export const ALL_FOLDERS = '*';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'Type something to search for.').max(1_000),
  /** The folder searched when the query names none (an opaque mailbox id, or `*`); INBOX when absent. */
  mailboxId: z.string().max(2_048).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Per-folder positions can make this longer than a list's cursor. */
  cursor: z.string().max(16_384).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** A result row: the message list's row plus the folder it lives in. */
export const SearchRow = MessageSummary.extend({ mailboxId: z.string() });
export type SearchRow = z.infer<typeof SearchRow>;

/**
 * A folder whose results are missing or partial, and why: the search answers with the rest.
 * `large-skipped`: the server died on this query, so it was asked again leaving out messages
 * over 10 MB (Dovecot 2.3 panics on a header over ~10 MB); everything else was searched.
 */
export const SearchGap = z.object({
  mailboxId: z.string(),
  path: z.string(),
  reason: z.enum(['failed', 'timeout', 'gone', 'large-skipped']),
});
export type SearchGap = z.infer<typeof SearchGap>;

export const SearchResponse = z.object({
  /** Newest first, across every folder searched. */
  messages: z.array(SearchRow),
  /** Every match in every folder searched, not only this page. */
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  /** The folders searched, as mailbox ids: one, or every folder of an all-folders search. */
  mailboxIds: z.array(z.string()),
  gaps: z.array(SearchGap),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
