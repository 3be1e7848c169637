/**
 * Team state kept in IMAP keywords, so Thunderbird and other clients see it too (design note
 * B.2): `$Assigned` marks a message someone took, `$Assigned_<member>` says who, `$Done` that
 * it is handled. Maildir keeps at most 26 keywords per folder (Dovecot), so a team folder holds
 * these three plus one per member who ever took a message.
 */
export const ASSIGNED = '$Assigned';
export const DONE = '$Done';
const ASSIGNEE_PREFIX = '$Assigned_';

/**
 * A member as their keyword names them: the user name in the characters an IMAP atom keeps (RFC 3501 §9), in
 * lower case; anything else becomes `_`. Two names that differ only there would share it.
 */
export function memberOf(user: string): string {
  return user
    .toLowerCase()
    .replace(/[^a-z0-9._@+-]/g, '_')
    .slice(0, 80);
}

export const assigneeKeyword = (user: string): string => `${ASSIGNEE_PREFIX}${memberOf(user)}`;

/** Who took the message (the member part of its `$Assigned_<member>`), or null. Keywords are case-insensitive (RFC 3501 §2.3.2). */
export function assigneeOf(flags: readonly string[]): string | null {
  const keyword = flags.find((flag) => flag.toLowerCase().startsWith(ASSIGNEE_PREFIX.toLowerCase()));
  return keyword ? keyword.slice(ASSIGNEE_PREFIX.length) : null;
}

/** The keywords a claim by `user` adds: both, so a client that knows only `$Assigned` sees it taken. */
export const claimKeywords = (user: string): string[] => [ASSIGNED, assigneeKeyword(user)];

export const hasKeyword = (flags: readonly string[], keyword: string) =>
  flags.some((flag) => flag.toLowerCase() === keyword.toLowerCase());
