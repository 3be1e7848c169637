/** One header's unfolded value from a raw header block (HEADER or HEADER.FIELDS), or null. */
export function headerLine(headers: Uint8Array | undefined, name: string): string | null {
  const unfolded = headers
    ? Buffer.from(headers)
        .toString('utf8')
        .replace(/\r?\n[ \t]+/g, ' ')
    : '';
  const prefix = `${name.toLowerCase()}:`;
  const line = unfolded.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(prefix));
  return line ? line.slice(prefix.length).trim() : null;
}
