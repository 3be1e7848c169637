import type { MessageAddressObject, MessageEnvelopeObject } from 'imapflow';
import PostalMime, { type Address as ParsedAddress } from 'postal-mime';
import type { Address, MalformedHeader } from '@/lib/schemas/message-list';
import { clipText } from './clip-text';
import { addressesOf, malformedAddressHeaders } from './malformed-addresses';

/**
 * Addresses kept per field. A hostile Cc of 1.5 million addresses would otherwise travel to
 * the browser whole (4 MB of JSON per list page); the rest is counted, never silently lost.
 */
export const MAX_ADDRESSES = 100;

/** What the list and the reading pane show of a message's header. */
export interface HeaderFields {
  subject: string;
  from: Address[];
  to: Address[];
  cc: Address[];
  replyTo: Address[];
  /** ISO 8601: the Date header, else the arrival time, else the epoch. */
  date: string;
  messageId: string | null;
  /** To and Cc addresses past MAX_ADDRESSES each, left out. */
  recipientsOmitted: number;
  /** From, Sender or Reply-To headers that do not parse cleanly (malformed-addresses.ts); absent when none. */
  malformed?: MalformedHeader[];
}

/**
 * From the server's ENVELOPE (RFC 3501 §7.4.2), already decoded by imapflow. `addressFields`,
 * the raw From, Sender and Reply-To (HEADER.FIELDS), says whether the server had to repair them:
 * its ENVELOPE shows only its own reading of a malformed header.
 */
export function fieldsFromEnvelope(
  envelope: MessageEnvelopeObject | undefined,
  arrival: Date | string | undefined,
  addressFields?: Uint8Array,
): HeaderFields {
  const plain = (list: MessageAddressObject[] | undefined) =>
    (list ?? []).map(({ name, address }) => ({ name: name ?? '', address: address ?? '' }));
  return assemble({
    subject: envelope?.subject ?? '',
    from: plain(envelope?.from),
    to: plain(envelope?.to),
    cc: plain(envelope?.cc),
    replyTo: plain(envelope?.replyTo),
    date: validDate(envelope?.date) ?? validDate(arrival),
    messageId: envelope?.messageId ?? null,
    malformed: malformedAddressHeaders(addressFields),
  });
}

/**
 * From the start of the raw header (BODY.PEEK[HEADER]<0.n>), for a message whose ENVELOPE the
 * server must not be asked for (see read-headers.ts). A cut last line is read as far as it goes.
 */
export async function fieldsFromHeaderBlock(raw: Uint8Array, arrival: Date | string | undefined): Promise<HeaderFields> {
  // The blank line ends the header, so the parser never looks for a body.
  const parsed = await PostalMime.parse(Buffer.concat([raw, Buffer.from('\r\n\r\n')]));
  return assemble({
    subject: parsed.subject ?? '',
    from: flatten(parsed.from ? [parsed.from] : []),
    to: flatten(parsed.to),
    cc: flatten(parsed.cc),
    replyTo: flatten(parsed.replyTo),
    date: validDate(parsed.date) ?? validDate(arrival),
    messageId: parsed.messageId ?? null,
    malformed: malformedAddressHeaders(raw),
  });
}

interface Raw extends Omit<HeaderFields, 'date' | 'recipientsOmitted' | 'malformed'> {
  date: Date | undefined;
  malformed: MalformedHeader[];
}

function assemble(raw: Raw): HeaderFields {
  const omitted = Math.max(0, raw.to.length - MAX_ADDRESSES) + Math.max(0, raw.cc.length - MAX_ADDRESSES);
  // A malformed From or Reply-To lists every address it holds, never the parser's first guess.
  const { malformed } = raw;
  const has = (field: MalformedHeader['field']) => malformed.some((header) => header.field === field);
  return {
    subject: clipText(raw.subject),
    from: has('from') ? addressesOf(malformed, 'from') : clipAddresses(raw.from),
    to: clipAddresses(raw.to),
    cc: clipAddresses(raw.cc),
    replyTo: has('reply-to') ? addressesOf(malformed, 'reply-to') : clipAddresses(raw.replyTo),
    date: (raw.date ?? new Date(0)).toISOString(),
    messageId: raw.messageId === null ? null : clipText(raw.messageId),
    recipientsOmitted: omitted,
    ...(malformed.length > 0 ? { malformed } : {}),
  };
}

function clipAddresses(list: Address[]): Address[] {
  return list.slice(0, MAX_ADDRESSES).map(({ name, address }) => ({ name: clipText(name), address: clipText(address) }));
}

/** Group syntax ("Team: a@x, b@y;") lists its members, as ENVELOPE does. */
function flatten(list: ParsedAddress[] | undefined): Address[] {
  return (list ?? []).flatMap((entry) =>
    entry.group ? entry.group.map(({ name, address }) => ({ name, address })) : [{ name: entry.name, address: entry.address }],
  );
}

function validDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
