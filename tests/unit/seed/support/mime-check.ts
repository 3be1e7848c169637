/**
 * Test-side MIME reader, written independently of scripts/seed/mime-build.ts so the
 * tests do not just replay the generator's own logic. Strict on purpose: it reports
 * every deviation from RFC 5322 / RFC 2045–2046 framing that the seeder promises.
 */
import * as libqp from 'libqp';

export interface MimeNode {
  /** Lowercased field name → unfolded values (RFC 5322 §2.2.3). */
  headers: Map<string, string[]>;
  /** Raw header block lines, folded as on the wire. */
  headerLines: string[];
  type: string;
  params: Record<string, string>;
  encoding: string;
  /** Body bytes as on the wire (still transfer-encoded). */
  body: Buffer;
  children: MimeNode[];
}

export function header(node: MimeNode, name: string): string | undefined {
  return node.headers.get(name.toLowerCase())?.[0];
}

/** Splits `value; a=b; c="d"` on semicolons outside quotes; parameter names lowercased. */
export function parseParams(value: string): { value: string; params: Record<string, string> } {
  const pieces: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur);
  const params: Record<string, string> = {};
  for (const p of pieces.slice(1)) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { value: (pieces[0] as string).trim().toLowerCase(), params };
}

export function parseMime(raw: Buffer, problems: string[], where = 'message'): MimeNode {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) {
    problems.push(`${where}: no empty line between header and body`);
    return { headers: new Map(), headerLines: [], type: '', params: {}, encoding: '', body: Buffer.alloc(0), children: [] };
  }
  const headerLines = text.slice(0, split).split('\r\n');
  const headers = new Map<string, string[]>();
  let last: string | undefined;
  for (const line of headerLines) {
    if (/^[ \t]/.test(line)) {
      if (!last) problems.push(`${where}: header block starts with a continuation line`);
      else {
        const list = headers.get(last) as string[];
        list[list.length - 1] += line;
      }
      continue;
    }
    const m = /^([!-9;-~]+):(.*)$/.exec(line);
    if (!m) {
      problems.push(`${where}: malformed header line ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    last = (m[1] as string).toLowerCase();
    headers.set(last, [...(headers.get(last) ?? []), (m[2] as string).trim()]);
  }
  for (const line of headerLines)
    if (line.length > 78) problems.push(`${where}: header line over 78 chars: ${line.slice(0, 40)}`);
  for (const line of headerLines)
    if (/[^\t\x20-\x7e]/.test(line)) problems.push(`${where}: non-ASCII header line: ${line.slice(0, 40)}`);
  const ct = parseParams(headers.get('content-type')?.[0] ?? 'text/plain');
  const node: MimeNode = {
    headers,
    headerLines,
    type: ct.value,
    params: ct.params,
    encoding: (headers.get('content-transfer-encoding')?.[0] ?? '7bit').toLowerCase(),
    body: raw.subarray(Buffer.byteLength(text.slice(0, split + 4), 'latin1')),
    children: [],
  };
  if (node.type.startsWith('multipart/')) node.children = splitMultipart(node, problems, where);
  else checkEncoding(node, problems, where);
  return node;
}

/** RFC 2046 §5.1.1: delimiters are CRLF "--" boundary; the close delimiter adds "--". */
function splitMultipart(node: MimeNode, problems: string[], where: string): MimeNode[] {
  const b = node.params.boundary;
  if (!b) {
    problems.push(`${where}: multipart without boundary`);
    return [];
  }
  if (node.encoding !== '7bit' && node.encoding !== '8bit') problems.push(`${where}: multipart with encoding ${node.encoding}`);
  const body = `\r\n${node.body.toString('latin1')}`;
  const delim = `\r\n--${b}`;
  const starts: number[] = [];
  for (let i = body.indexOf(delim); i >= 0; i = body.indexOf(delim, i + 1)) starts.push(i);
  const children: MimeNode[] = [];
  let closed = false;
  starts.forEach((pos, n) => {
    const after = body.slice(pos + delim.length, pos + delim.length + 2);
    if (after === '--') {
      closed = true;
      if (n !== starts.length - 1) problems.push(`${where}: content after the close delimiter`);
      return;
    }
    if (after !== '\r\n') problems.push(`${where}: delimiter not followed by CRLF`);
    const end = starts[n + 1] ?? body.length;
    const partText = body.slice(pos + delim.length + 2, end);
    children.push(parseMime(Buffer.from(partText, 'latin1'), problems, `${where}/${children.length + 1}`));
  });
  if (!closed) problems.push(`${where}: multipart boundary never closed`);
  if (children.length === 0) problems.push(`${where}: multipart without parts`);
  return children;
}

function checkEncoding(node: MimeNode, problems: string[], where: string): void {
  const lines = node.body.toString('latin1').split('\r\n');
  if (lines[lines.length - 1] === '') lines.pop();
  switch (node.encoding) {
    case 'base64':
      lines.forEach((l, i) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(l)) problems.push(`${where}: bad base64 line ${i}`);
        if (l.length > 76) problems.push(`${where}: base64 line ${i} is ${l.length} chars`);
        if (i < lines.length - 1 && l.length !== 76) problems.push(`${where}: short base64 line ${i} before the end`);
      });
      break;
    case 'quoted-printable':
      lines.forEach((l, i) => {
        if (l.length > 76) problems.push(`${where}: QP line ${i} is ${l.length} chars`);
        if (/[^\t\x20-\x7e]/.test(l)) problems.push(`${where}: raw 8-bit byte in QP line ${i}`);
        if (/=(?![0-9A-F]{2}|$)/.test(l)) problems.push(`${where}: bad QP escape in line ${i}`);
        if (/[ \t]$/.test(l)) problems.push(`${where}: trailing whitespace in QP line ${i}`);
      });
      break;
    case '7bit':
      if (node.body.some((b) => b === 0 || b >= 0x80)) problems.push(`${where}: 8-bit data in a 7bit part`);
      break;
    case '8bit':
      if (node.body.includes(0)) problems.push(`${where}: NUL in an 8bit part`);
      break;
    default:
      problems.push(`${where}: unknown transfer encoding ${node.encoding}`);
  }
}

/** Whole-message framing: CRLF only (RFC 5322 §2.3), lines ≤ 998 bytes (§2.1.1). */
export function checkLines(raw: Buffer, problems: string[]): void {
  let lineStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 0x0d && raw[i + 1] !== 0x0a) problems.push(`bare CR at ${i}`);
    if (b === 0x0a) {
      if (raw[i - 1] !== 0x0d) problems.push(`bare LF at ${i}`);
      if (i - 1 - lineStart > 998) problems.push(`line of ${i - 1 - lineStart} bytes at ${lineStart}`);
      lineStart = i + 1;
    }
    if (problems.length > 20) return;
  }
  if (raw.length < 2 || raw[raw.length - 2] !== 0x0d || raw[raw.length - 1] !== 0x0a)
    problems.push('message does not end with CRLF');
}

/** Decoded content of a leaf (transfer encoding removed, charset untouched). */
export function decodeBody(node: MimeNode): Buffer {
  if (node.encoding === 'base64') return Buffer.from(node.body.toString('latin1').replace(/\r\n/g, ''), 'base64');
  if (node.encoding === 'quoted-printable') return libqp.decode(node.body.toString('latin1'));
  return node.body;
}

export function leaves(node: MimeNode): MimeNode[] {
  return node.children.length ? node.children.flatMap(leaves) : [node];
}
