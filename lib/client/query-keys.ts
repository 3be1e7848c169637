import type { SortKey, SortOrder } from '@/lib/schemas/message-list';

/**
 * Every key of the query cache, built here and nowhere else. Keys are hierarchical, so a
 * prefix names a family: `messages.mailbox(id)` matches every sorted list and every search
 * of that mailbox, which is how the cache updaters reach all of them at once.
 */
export const queryKeys = {
  session: () => ['session'] as const,
  settings: () => ['settings'] as const,
  mailboxes: () => ['mailboxes'] as const,
  /** Who a folder is shared with (GETACL). */
  sharing: (mailboxId: string) => ['sharing', mailboxId] as const,
  /** Who else has a shared folder's messages open (written by live events only, never fetched). */
  presence: (mailboxId: string) => ['presence', mailboxId] as const,
  /** Who works in a shared folder (its published roster). */
  roster: (mailboxId: string) => ['roster', mailboxId] as const,
  messages: {
    all: () => ['messages'] as const,
    mailbox: (mailboxId: string) => ['messages', mailboxId] as const,
    /** Every sorted list of the mailbox (not its searches). */
    lists: (mailboxId: string) => ['messages', mailboxId, 'list'] as const,
    list: (mailboxId: string, sort: SortKey, order: SortOrder) => ['messages', mailboxId, 'list', sort, order] as const,
    search: (mailboxId: string, query: string) => ['messages', mailboxId, 'search', query] as const,
  },
  /** A message, or with `part` the message attached to it; `remote` is whether remote content is allowed. */
  message: (id: string, part: string | null, remote: boolean) => ['message', id, part, remote] as const,
  /** Address suggestions for what was typed into To, Cc or Bcc (the same list for all three). */
  addresses: (q: string) => ['addresses', q] as const,
  /** A draft as the compose view resumes it (its attachments staged anew on every read). */
  draft: (draftId: string) => ['draft', draftId] as const,
};

/** A search's key (any folder's, or across folders): its total counts matches, not the folder. */
export const isSearchKey = (key: readonly unknown[]): boolean => key[0] === 'messages' && key[2] === 'search';

/** Mutation keys: one per operation kind, under one root, so defaults and notices find them all. */
export const mutationKeys = {
  operations: () => ['operation'] as const,
  operation: <Kind extends string>(kind: Kind) => ['operation', kind] as const,
};
