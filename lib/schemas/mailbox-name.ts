/**
 * The folder-name rules that follow from the server's hierarchy delimiter (RFC 3501 §5.1.1):
 * the delimiter separates levels, so a path cannot start or end with it or hold two in a row
 * (an empty level). Client-safe: the name dialog checks the same rules before sending, and
 * the server checks them again with the delimiter it really has. Anything else a server
 * refuses (Dovecot: a leading `~`, `.` under some layouts) comes back as its own CANNOT.
 */

/** What is wrong with a full path, in a sentence naming the character; null when nothing is. */
export function folderPathProblem(path: string, delimiter: string | null): string | null {
  if (path.trim() === '') return 'A folder needs a name.';
  if (!delimiter) return null;
  const shown = `“${delimiter}”`;
  if (path.startsWith(delimiter)) return `A folder name cannot start with ${shown}.`;
  if (path.endsWith(delimiter)) return `A folder name cannot end with ${shown}.`;
  const levels = path.split(delimiter);
  if (levels.some((level) => level.trim() === '')) {
    return `A folder name cannot have an empty level (two ${shown} in a row, or only spaces between them).`;
  }
  if (levels.some((level) => level !== level.trim())) return 'A folder name cannot start or end with a space.';
  return null;
}

/**
 * What is wrong with one level's name (the name field of "New subfolder" and "Rename"):
 * there the delimiter would silently make two levels out of what the reader meant as one.
 */
export function folderNameProblem(name: string, delimiter: string | null): string | null {
  if (name.trim() === '') return 'A folder needs a name.';
  if (delimiter && name.includes(delimiter)) {
    return `A folder name cannot contain “${delimiter}”: the mail server uses it to separate folder levels.`;
  }
  return folderPathProblem(name, delimiter);
}

/** The full path of `name` under `parent` (null: the top level). */
export function childPath(parent: string | null, name: string, delimiter: string | null): string {
  return parent === null ? name : `${parent}${delimiter ?? ''}${name}`;
}

/** Whether `path` is `ancestor` itself or lies anywhere below it. */
export function isWithin(path: string, ancestor: string, delimiter: string | null): boolean {
  return path === ancestor || (delimiter !== null && delimiter !== '' && path.startsWith(`${ancestor}${delimiter}`));
}
