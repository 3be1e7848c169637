/**
 * The fixed values the schemas are built from, without zod: the browser reads them (the URL's
 * sort, a part number, the folder order, the settings it starts with) without shipping the
 * schema library, and the zod schemas in this folder are built from the same lists.
 */

/** The orders a list can be sorted in (RFC 5256 SORT keys, plus `arrival` for INTERNALDATE). */
export const SORT_KEYS = ['date', 'arrival', 'from', 'subject', 'size'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_ORDERS = ['desc', 'asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** An IMAP part number ("2", "1.3"; RFC 3501 §6.4.5), bounded in depth and digits. */
export const PART_NUMBER = /^[1-9]\d{0,4}(\.[1-9]\d{0,4}){0,15}$/;

/**
 * RFC 6154 special-use attributes, plus INBOX (RFC 3501 §5.1) which is special by name, in
 * the order people expect those folders in, whatever the server's LIST order is.
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

/** The settings a reader starts with; the browser merges its own stored copy over them. */
export const DEFAULT_SETTINGS = {
  /** Opening a message marks it \Seen; false keeps mail unread until the reader marks it read. */
  markSeenOnOpen: true as boolean,
  /** Desktop notifications for new mail while the tab is hidden; permission is asked when turned on. */
  newMailNotifications: false as boolean,
  /** Senders (lower-case addresses) whose messages show remote content without asking. */
  remoteContentSenders: [] as string[],
  /** Thunderbird's five default tags (its mailnews.tags.$labelN prefs), so they round-trip. */
  labels: [
    { keyword: '$label1', name: 'Important', color: '#ff0000' },
    { keyword: '$label2', name: 'Work', color: '#ff9900' },
    { keyword: '$label3', name: 'Personal', color: '#009900' },
    { keyword: '$label4', name: 'To Do', color: '#3333ff' },
    { keyword: '$label5', name: 'Later', color: '#993399' },
  ] as Array<{ keyword: string; name: string; color: string }>,
  /**
   * Who the user sends as: a display name, the address (the login's own, or a +subaddress of
   * it, lib/compose/identity.ts), and a plain-text signature. The first is the default; none
   * means the login's address with no name and no signature.
   */
  identities: [] as Array<{ name: string; address: string; signature: string }>,
};

export type SettingsValues = typeof DEFAULT_SETTINGS;

/**
 * The keywords junk and not-junk set on the way (IANA IMAP keywords registry, RFC 5788):
 * what spam filters and other clients train on, and what an undo takes back.
 */
export const ACTION_KEYWORDS: Readonly<Record<'junk' | 'not-junk', { add: string[]; remove: string[] }>> = {
  junk: { add: ['$Junk'], remove: ['$NotJunk'] },
  'not-junk': { add: ['$NotJunk'], remove: ['$Junk'] },
};

/** The sharing presets of the Sharing dialog, weakest first (their letters: lib/sharing/rights.ts). */
export const SHARING_PRESETS = ['read', 'triage', 'contribute', 'manage', 'admin'] as const;

/**
 * An ACL identifier as it may reach the server (RFC 4314 §2): no spaces, quotes, backslashes or
 * control characters, which no IMAP user name holds and which would otherwise need literals.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
export const ACL_IDENTIFIER = /^[^\s"\\\u0000-\u001f\u007f]{1,200}$/;
export const ACL_IDENTIFIER_PROBLEM = 'Enter a user name without spaces or quotes.';

/** What a teammate can be seen doing with a message of a shared folder (presence, design note B.2). */
export const PRESENCE_ACTIVITIES = ['viewing', 'replying'] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];
