/**
 * The messages an operation names within one mailbox: a list of UIDs, or an IMAP UID set
 * (RFC 3501 §9, "1:500,702") for a selection too large to list, such as a whole folder.
 */
export type UidSelection = readonly number[] | string;

/** A membership test that never expands a set: "1:100000" stays two numbers. */
export function uidMatcher(selection: UidSelection): (uid: number) => boolean {
  if (typeof selection !== 'string') {
    const uids = new Set(selection);
    return (uid) => uids.has(uid);
  }
  const ranges = uidRanges(selection);
  return (uid) => ranges.some(([low, high]) => uid >= low && uid <= high);
}

/** How many UIDs the selection names (a set's ranges may overlap only if the sender was careless). */
export function uidCount(selection: UidSelection): number {
  if (typeof selection !== 'string') return new Set(selection).size;
  return uidRanges(selection).reduce((sum, [low, high]) => sum + high - low + 1, 0);
}

function uidRanges(set: string): Array<[number, number]> {
  return set.split(',').map((run) => {
    const [a, b = a] = run.split(':').map(Number) as [number, number?];
    return [Math.min(a, b), Math.max(a, b)];
  });
}
