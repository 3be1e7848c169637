import 'server-only';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { fieldsFromEnvelope, fieldsFromHeaderBlock, type HeaderFields } from '@/lib/mime/header-fields';
import { headerLine } from '@/lib/mime/header-line';
import { headerSizeBound } from '@/lib/mime/header-size-bound';
import { uidSet } from './uid-set';

/** Headers up to this size are asked for by field (ENVELOPE); Dovecot 2.3 fails past ~10 MB. */
export const TRUSTED_HEADER_BYTES = 1024 * 1024;
/** How much of a larger header is read: every real field fits, a hostile one is cut. */
export const RAW_HEADER_BYTES = 64 * 1024;

/** The headers whose syntax ENVELOPE hides (lib/mime/malformed-addresses.ts). */
const ADDRESS_FIELDS = ['from', 'sender', 'reply-to'];

/** A message as the first, header-free FETCH saw it: RFC822.SIZE, BODYSTRUCTURE and INTERNALDATE. */
type HeaderSource = Pick<FetchMessageObject, 'uid' | 'size' | 'bodyStructure' | 'internalDate'>;

export interface ReadHeaders {
  fields: HeaderFields;
  listUnsubscribe: string | null;
  /** Only the first RAW_HEADER_BYTES of a larger header were read. */
  cut: boolean;
}

/**
 * Header fields, read without ever asking the server for a field of a huge header: Dovecot
 * 2.3 panics on the ENVELOPE or a HEADER.FIELDS of a header line over ~10 MB (istream-header-
 * filter.c), which kills the connection and fails every list page holding that message, and
 * an ENVELOPE of 100,000 addresses costs imapflow's parser half a GiB. So where RFC822.SIZE
 * and BODYSTRUCTURE leave room for a header over 1 MiB, the start of the raw header
 * (BODY.PEEK[HEADER]<0.64K>) is read and parsed here; every other message keeps the server's
 * ENVELOPE, with its raw From, Sender and Reply-To beside it, in one FETCH for all of them.
 */
export async function readHeaders(
  client: ImapFlow,
  sources: HeaderSource[],
  options: { listUnsubscribe: boolean },
): Promise<Map<number, ReadHeaders>> {
  const read = new Map<number, ReadHeaders>();
  const byUid = new Map(sources.map((source) => [source.uid, source]));
  const large = sources.filter((source) => headerSizeBound(source.size ?? 0, source.bodyStructure) > TRUSTED_HEADER_BYTES);
  const isLarge = new Set(large);
  const small = sources.filter((source) => !isLarge.has(source));

  // The raw address fields ride in the same FETCH: ENVELOPE is the server's repair of a malformed
  // From (header-fields.ts), and these headers are at most TRUSTED_HEADER_BYTES here, as ENVELOPE is.
  const fieldNames = [...ADDRESS_FIELDS, ...(options.listUnsubscribe ? ['list-unsubscribe'] : [])];
  const envelopeQuery = { uid: true, envelope: true, headers: fieldNames };
  for await (const message of fetchEach(client, small, envelopeQuery)) {
    // With QRESYNC a flag change by another session arrives as an untagged FETCH (FLAGS MODSEQ)
    // that carries the UID (RFC 7162 §3.2.4), and imapflow yields it among this FETCH's answers:
    // only the answer that holds what was asked for is the message's.
    if (!message.envelope) continue;
    const fields = fieldsFromEnvelope(message.envelope, byUid.get(message.uid)?.internalDate, message.headers);
    read.set(message.uid, { fields, listUnsubscribe: headerLine(message.headers, 'list-unsubscribe'), cut: false });
  }
  const rawQuery = { uid: true, bodyParts: [{ key: 'HEADER', start: 0, maxLength: RAW_HEADER_BYTES }] };
  for await (const message of fetchEach(client, large, rawQuery)) {
    // imapflow files a HEADER section under `headers`, partial or not; an answer without one is
    // another session's flag change (above), not this message's header.
    if (!message.headers) continue;
    const raw = message.headers;
    const fields = await fieldsFromHeaderBlock(raw, byUid.get(message.uid)?.internalDate);
    read.set(message.uid, { fields, listUnsubscribe: headerLine(raw, 'list-unsubscribe'), cut: raw.length >= RAW_HEADER_BYTES });
  }
  return read;
}

function fetchEach(client: ImapFlow, sources: HeaderSource[], query: Parameters<ImapFlow['fetch']>[1]) {
  const uids = uidSet(sources.map((source) => source.uid));
  return uids === '' ? emptyFetch() : client.fetch(uids, query, { uid: true });
}

async function* emptyFetch(): AsyncGenerator<never> {}
