/** A UID list as an IMAP sequence set (RFC 3501 §9), runs collapsed: 1,2,3,7,9,10 → "1:3,7,9:10". */
export function uidSet(uids: number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] as number;
    let end = start;
    while (i + 1 < sorted.length && (sorted[i + 1] as number) <= end + 1) end = sorted[++i] as number;
    runs.push(start === end ? String(start) : `${start}:${end}`);
    i++;
  }
  return runs.join(',');
}

/**
 * The UIDs of a sequence set without `*` ("1:3,7" → [1, 2, 3, 7]), e.g. a MODIFIED response
 * code (RFC 7162 §3.1.3). A range may be written high:low (RFC 3501 §9). Refuses to expand past
 * `limit` UIDs: the set names messages of one mailbox, and a bogus "1:4294967295" must not
 * allocate four billion numbers.
 */
export function expandUidSet(set: string, limit = 1_000_000): number[] {
  const uids: number[] = [];
  for (const part of set.split(',')) {
    const [from, to = from] = part.split(':').map(Number) as [number, number?];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < 1)
      throw new Error(`not a UID set: ${set.slice(0, 40)}`);
    const [low, high] = from <= to ? [from, to] : [to, from];
    if (uids.length + high - low + 1 > limit) throw new Error(`UID set larger than ${limit}`);
    for (let uid = low; uid <= high; uid++) uids.push(uid);
  }
  return [...new Set(uids)].sort((a, b) => a - b);
}
