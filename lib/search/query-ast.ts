/**
 * The search box's query, parsed: Gmail's language (`from:ana has:attachment -is:read`) as a
 * typed tree. Pure and browser-safe; search-criteria.ts turns it into IMAP SEARCH keys
 * (RFC 3501 §6.4.4), never into a filter run after the fact.
 */

/** Operators whose value is text searched in one part of the message. */
export type TextField = 'text' | 'from' | 'to' | 'cc' | 'bcc' | 'subject' | 'body';

/** `assigned` and `done` are the team keywords of shared folders (lib/sharing/team-keywords.ts). */
export type MessageState = 'unread' | 'read' | 'starred' | 'answered' | 'draft' | 'assigned' | 'waiting' | 'done';

export type Term =
  | { kind: 'text'; field: TextField; value: string }
  | { kind: 'is'; state: MessageState }
  | { kind: 'label'; name: string }
  /** Who took a message of a team folder: a user name, or `me`. */
  | { kind: 'assignee'; name: string }
  /** `before:` is exclusive and `after:` inclusive, as in Gmail; `date` is YYYY-MM-DD. */
  | { kind: 'date'; relation: 'before' | 'after' | 'on'; date: string }
  | { kind: 'age'; relation: 'older' | 'newer'; amount: number; unit: 'd' | 'm' | 'y' }
  | { kind: 'size'; relation: 'larger' | 'smaller'; bytes: number }
  | { kind: 'has-attachment' };

export type QueryNode =
  | Term
  | { kind: 'not'; node: QueryNode }
  | { kind: 'and'; nodes: QueryNode[] }
  | { kind: 'or'; nodes: QueryNode[] };

/** Where to search: one folder by name, every folder (`in:anywhere`), or, absent, the caller's choice. */
export type SearchScope = { kind: 'folder'; name: string } | { kind: 'anywhere' };

export interface ParsedQuery {
  /** null for a query of `in:` alone: everything in the scope. */
  node: QueryNode | null;
  scope: SearchScope | null;
}

/** A query that cannot be read: what, and where (0-based offset into the query). */
export class QuerySyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly token: string,
    readonly position: number,
  ) {
    super(`${reason}: "${token}" at position ${position + 1}`);
    this.name = 'QuerySyntaxError';
  }
}
