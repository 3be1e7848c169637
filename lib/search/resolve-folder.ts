/** What resolving `in:NAME` needs of a folder (imapflow's LIST entry has it). */
export interface FolderEntry {
  path: string;
  name: string;
  specialUse?: string;
}

/** Gmail's folder words, and the usual others, by the special use they mean (RFC 6154). */
const ALIASES: Record<string, string> = {
  inbox: '\\Inbox',
  sent: '\\Sent',
  drafts: '\\Drafts',
  draft: '\\Drafts',
  trash: '\\Trash',
  bin: '\\Trash',
  spam: '\\Junk',
  junk: '\\Junk',
  archive: '\\Archive',
};

/**
 * The folder `in:NAME` means: the path exactly as written; a special folder by its everyday
 * name (`in:sent` finds the \Sent folder whatever the server calls it); the path in any case;
 * else the one folder whose own name (the last level) it is. Two folders of that name are
 * ambiguous and resolve to none: the user then types the path.
 */
export function resolveFolder(folders: FolderEntry[], name: string): string | null {
  const exact = folders.find((folder) => folder.path === name);
  if (exact) return exact.path;
  const lower = name.toLowerCase();
  const special = ALIASES[lower];
  const byUse = special ? folders.find((folder) => folder.specialUse === special) : undefined;
  if (byUse) return byUse.path;
  if (lower === 'inbox') return folders.find((folder) => folder.path.toUpperCase() === 'INBOX')?.path ?? null;
  const anyCase = folders.filter((folder) => folder.path.toLowerCase() === lower);
  if (anyCase.length === 1) return anyCase[0]?.path ?? null;
  const byName = folders.filter((folder) => folder.name.toLowerCase() === lower);
  return byName.length === 1 ? (byName[0]?.path ?? null) : null;
}

/**
 * Left out of an all-folders search: Trash and Junk hold what was thrown away (they are searched
 * when named, `in:trash`), and \All and \Flagged are views of other folders' messages that would
 * list each match twice.
 */
const NOT_EVERYWHERE = new Set(['\\Trash', '\\Junk', '\\All', '\\Flagged']);

export const searchedEverywhere = (folder: FolderEntry) => !folder.specialUse || !NOT_EVERYWHERE.has(folder.specialUse);
