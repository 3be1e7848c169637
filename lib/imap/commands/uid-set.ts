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
