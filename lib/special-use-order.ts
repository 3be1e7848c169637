/**
 * RFC 6154 special-use attributes, plus INBOX (RFC 3501 §5.1) which is special by name, in
 * the order people expect those folders in, whatever the server's LIST order is. Zod-free:
 * the folder tree in the browser sorts by it without shipping the schema library.
 */
export const SPECIAL_USE_ORDER = [
  '\\Inbox',
  '\\Drafts',
  '\\Sent',
  '\\Archive',
  '\\Junk',
  '\\Trash',
  '\\Flagged',
  '\\All',
] as const;
