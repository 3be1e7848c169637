import libmime from 'libmime';
import type { MalformedHeader } from '@/lib/schemas/message-list';
import { isCleanAddressList } from './address-syntax';
import { clipText } from './clip-text';

const FIELDS = { from: 'from', sender: 'sender', 'reply-to': 'reply-to' } as const;
/** Addresses kept per malformed header, as for every address list (header-fields.ts). */
const MAX_ADDRESSES = 100;
/** C0 and C1 controls and the Unicode direction controls, which could reorder or hide what is shown. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is replaced
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What ends an address in free text: white space, the RFC 5322 specials that are not part of one, quotes. */
const SEPARATORS = /[\s<>(),;:"[\]\\]+/u;

/**
 * The From, Sender and Reply-To headers of a raw header block (HEADER.FIELDS, or the start of
 * HEADER) that do not parse cleanly or appear more than once (RFC 5322 §3.6: at most once
 * each), one entry per header line. Empty for well-formed mail: the server's ENVELOPE is kept.
 */
export function malformedAddressHeaders(block: Uint8Array | undefined): MalformedHeader[] {
  if (!block || block.length === 0) return [];
  const lines = new Map<MalformedHeader['field'], string[]>();
  // RFC 5322 §2.2.3: unfold; RFC 6532: raw UTF-8 is allowed in header values.
  const unfolded = new TextDecoder('utf-8').decode(block).replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!(name in FIELDS)) continue;
    const field = FIELDS[name as keyof typeof FIELDS];
    lines.set(field, [...(lines.get(field) ?? []), line.slice(colon + 1)]);
  }
  const malformed: MalformedHeader[] = [];
  for (const [field, values] of lines) {
    const clean = values.length === 1 && isCleanAddressList(values[0] ?? '', { single: field === 'sender' });
    if (clean) continue;
    for (const value of values) malformed.push(asSent(field, value));
  }
  return malformed;
}

function asSent(field: MalformedHeader['field'], value: string): MalformedHeader {
  const text = decodeWords(value.trim()).replace(INVISIBLE, '\uFFFD');
  const addresses = [...new Set(text.split(SEPARATORS).filter(isAddressLike))].slice(0, MAX_ADDRESSES);
  return { field, addresses: addresses.map((address) => clipText(address)), text: clipText(text) };
}

/** Something@something: what a reader would take for an address, however the rest is written. */
function isAddressLike(token: string): boolean {
  const at = token.indexOf('@');
  return at > 0 && token.lastIndexOf('@') < token.length - 1;
}

/** The addresses of every header of `field` in `malformed`, for the lists the view shows instead of a guess. */
export function addressesOf(malformed: MalformedHeader[], field: MalformedHeader['field']) {
  const addresses = new Set(malformed.filter((header) => header.field === field).flatMap((header) => header.addresses));
  return [...addresses].map((address) => ({ name: '', address }));
}

function decodeWords(value: string): string {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}
