/**
 * Team state kept in IMAP keywords, so Thunderbird and other clients see it too (design note
 * B.2): `$Assigned` marks a message someone took, `$Assigned_<member>` says who, `$Waiting` that
 * the team waits for an answer (the customer's, a colleague's), `$Done` that it is handled.
 * Maildir keeps at most 26 keywords per folder (Dovecot), so a team folder holds these four plus
 * one per member who ever took a message.
 */
export const ASSIGNED = '$Assigned';
export const WAITING = '$Waiting';
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

/** `$Assigned_<member>`, as any client spelled it: keywords are case-insensitive (RFC 3501 §2.3.2). */
export const isAssigneeKeyword = (flag: string): boolean => flag.toLowerCase().startsWith(ASSIGNEE_PREFIX.toLowerCase());

/** Who took the message (the member part of its `$Assigned_<member>`), or null. */
export function assigneeOf(flags: readonly string[]): string | null {
  const keyword = flags.find(isAssigneeKeyword);
  return keyword ? keyword.slice(ASSIGNEE_PREFIX.length) : null;
}

/** The keywords a claim by `user` adds: both, so a client that knows only `$Assigned` sees it taken. */
export const claimKeywords = (user: string): string[] => [ASSIGNED, assigneeKeyword(user)];

export const hasKeyword = (flags: readonly string[], keyword: string) =>
  flags.some((flag) => flag.toLowerCase() === keyword.toLowerCase());

/** The folder entry holding the team's names (RFC 5464 §3.2 `/shared/`, vendor tree), lib/sharing/team-roster.ts. */
export const ROSTER_ENTRY = '/shared/vendor/letterbox/roster';
const MAX_MEMBERS = 100;
/** RFC 4314 §2: identifiers that name no one person. */
const NOBODY_IN_PARTICULAR = new Set(['anyone', 'authenticated', 'anonymous', 'owner']);

/** A folder's team from its ACL (identifier → rights): everyone it lets read it, by name, sorted. */
export function rosterOf(entries: ReadonlyArray<{ identifier: string; rights: string }>): string[] {
  return entries
    .filter(({ identifier, rights }) => rights.includes('r') && !identifier.startsWith('-'))
    .map(({ identifier }) => identifier)
    .filter((identifier) => !NOBODY_IN_PARTICULAR.has(identifier.toLowerCase()))
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_MEMBERS);
}

/** A stored roster, or none when it is missing or not a list of names (another client's edit breaks nothing). */
export function parseRoster(stored: string | null): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string').slice(0, MAX_MEMBERS) : [];
  } catch {
    return [];
  }
}
