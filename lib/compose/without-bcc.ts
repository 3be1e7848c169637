import 'server-only';

/**
 * The message as submitted over SMTP: the same bytes without the Bcc field. RFC 5322 §3.6.3
 * lets the sender's own copy (Sent) keep Bcc so the user sees whom they copied, but the
 * copies that travel must not show it. Only the header block is read, up to its first empty
 * line: a "Bcc:" line in a body or an attached message stays as it is. A field's folded
 * continuation lines (starting with space or tab, RFC 5322 §2.2.3) go with it.
 */
export function withoutBcc(raw: Buffer): Buffer {
  return withoutFields(raw, ['bcc']);
}

/** The same bytes without the named header fields (case-insensitive), folded lines and all; the body untouched. */
export function withoutFields(raw: Buffer, names: readonly string[]): Buffer {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const end = headerEnd(raw);
  // latin1 maps every byte to one character and back, so 8-bit header bytes survive the round trip.
  const lines = raw
    .subarray(0, end)
    .toString('latin1')
    .split(/(?<=\n)/);
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    if (dropping && /^[ \t]/.test(line)) continue;
    dropping = wanted.has(/^([^:\s]+)[ \t]*:/.exec(line)?.[1]?.toLowerCase() ?? '');
    if (!dropping) kept.push(line);
  }
  return Buffer.concat([Buffer.from(kept.join(''), 'latin1'), raw.subarray(end)]);
}

/** The offset just after the header block's last line (the empty line stays with the body), or the whole message. */
function headerEnd(raw: Buffer): number {
  if (raw[0] === LF || (raw[0] === CR && raw[1] === LF)) return 0;
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const ends = [crlf === -1 ? -1 : crlf + 2, lf === -1 ? -1 : lf + 1].filter((at) => at >= 0);
  return ends.length ? Math.min(...ends) : raw.length;
}

const CR = 0x0d;
const LF = 0x0a;
