import 'server-only';
import type { MessageStructureObject } from 'imapflow';
import type { Download } from '@/lib/download/download';
import type { RangeSpec } from '@/lib/download/range';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { plausibleDecodedSize } from '@/lib/mime/decoded-size';
import { findPart, numberParts } from '@/lib/mime/part-numbers';
import { transferDecoder } from '@/lib/mime/transfer-decoder';
import { PartNumber } from '@/lib/schemas/message-view';
import type { Account } from '@/lib/session/account';
import { fetchBinarySizes } from './commands/binary-size';
import { isUndecodable } from './connection/errors';
import { type ChunkSource, fetchMessage, type MessageContext, messageGone, withMessageStream } from './connection/with-message';
import { rangedSource } from './download-raw';

/** Raster images are shown inline, so `cid:` pictures render; SVG (scriptable) is not among them. */
const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const TOKEN = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

const partGone = () => new AppError('NOT_FOUND', 'This part of the message does not exist.');

/**
 * One decoded MIME part, streamed. With BINARY (RFC 3516) the server decodes: the size comes
 * from BINARY.SIZE and the body from `BINARY.PEEK[part]<offset.length>` chunks, so a Range is
 * one more partial fetch. Without BINARY, or when the server cannot decode the part, BODY[part]
 * is fetched and decoded here (decodedSource); no size is known then, so Range is ignored and
 * the whole part is sent (RFC 9110 §14.2).
 */
export async function downloadPart(
  account: Account,
  ref: MessageRef,
  part: string,
  range: RangeSpec | null,
  signal?: AbortSignal,
): Promise<Download> {
  // Part numbers only: HEADER, TEXT and MIME sections are not downloads.
  if (!PartNumber.safeParse(part).success) throw partGone();
  const { value, body } = await withMessageStream(
    account,
    ref,
    async (context) => {
      const { bodyStructure } = await fetchMessage(context, { uid: true, bodyStructure: true });
      const node = bodyStructure ? findPart(numberParts(bodyStructure), part) : undefined;
      if (!node) throw partGone();
      const meta = { contentType: contentTypeOf(node), filename: filenameOf(node), inline: INLINE.has(node.type.toLowerCase()) };
      const decodedHere = async () => ({
        value: { kind: 'body', ...meta, size: null, range: null } as const,
        source: await decodedSource(context, part, node.encoding?.toLowerCase() ?? null),
      });
      if (!context.features.binary) return decodedHere();
      // A part the server will not decode (broken base64, an unknown encoding) is decoded here, leniently.
      const size = await binarySize(context, part).catch((error: unknown) => {
        if (isUndecodable(error)) return null;
        throw error;
      });
      // Dovecot 2.3 can misreport BINARY.SIZE for a base64 part followed by a quoted-printable one
      // (508 for 684 bytes); a figure the encoded size rules out would cut the download short.
      if (size === null || !plausibleDecodedSize({ size: node.size ?? 0, encoding: node.encoding ?? null }, size)) {
        return decodedHere();
      }
      // A plausible figure can still be wrong (26 bytes short for a 3 MiB base64 part followed by
      // a quoted-printable one): the part must end exactly there, or it is streamed without a size.
      if (!(await endsAt(context, part, size))) return decodedHere();
      const fetchChunk = async (offset: number, length: number) => {
        const query = { bodyParts: [{ key: part, start: offset, maxLength: length }] };
        const message = await context.client.fetchOne(String(context.ref.uid), query, { uid: true, binary: true });
        const chunk = message ? message.bodyParts?.get(part) : undefined;
        if (!chunk) throw messageGone();
        return chunk;
      };
      return rangedSource(size, range, fetchChunk, meta);
    },
    signal,
  );
  return value.kind === 'unsatisfiable' ? value : { ...value, body };
}

/** The part's own type; with BINARY the bytes keep their charset, so text/* says which. */
export function contentTypeOf(node: MessageStructureObject): string {
  const type = node.type.toLowerCase();
  if (!TOKEN.test(type)) return 'application/octet-stream';
  const charset = node.parameters?.charset;
  return type.startsWith('text/') && charset && /^[A-Za-z0-9._:+-]{1,40}$/.test(charset) ? `${type}; charset=${charset}` : type;
}

export function filenameOf(node: MessageStructureObject): string {
  const named = node.dispositionParameters?.filename ?? node.parameters?.name;
  if (named) return named;
  return node.type.toLowerCase() === 'message/rfc822' ? 'message.eml' : `part-${node.part ?? '1'}`;
}

/**
 * Whether the decoded part is exactly `size` bytes long: `BINARY.PEEK[part]<size-1.2>` answers
 * its last byte alone then (two bytes when the part is longer, none when shorter). One FETCH of
 * at most two bytes before a download, against a truncated file.
 */
async function endsAt({ client, ref }: MessageContext, part: string, size: number): Promise<boolean> {
  const start = Math.max(0, size - 1);
  const query = { bodyParts: [{ key: part, start, maxLength: 2 }] };
  const message = await client.fetchOne(String(ref.uid), query, { uid: true, binary: true });
  const tail = message ? (message.bodyParts?.get(part)?.length ?? 0) : -1;
  return tail === (size === 0 ? 0 : 1);
}

/** The decoded size (RFC 3516 §4.3), for Content-Length and Content-Range. */
async function binarySize({ client, ref }: MessageContext, part: string): Promise<number> {
  const size = (await fetchBinarySizes(client, ref.uid, [part])).get(part);
  if (size === undefined) throw messageGone();
  return size;
}

/** Chunks of the encoded part, as imapflow's download() used. */
const RAW_CHUNK = 256 * 1024;

/**
 * The fallback without BINARY: `BODY.PEEK[part]<offset.256K>` chunks, the transfer encoding
 * BODYSTRUCTURE names undone here (the part keeps its charset, as Content-Type says). Not
 * imapflow's download(): for a single-part message that fetches the whole header first, 50 MB
 * of it for a hostile one. The first chunk is read before the response starts, so a failure
 * there still becomes an error status.
 */
async function decodedSource({ client, ref }: MessageContext, part: string, encoding: string | null): Promise<ChunkSource> {
  const decoder = transferDecoder(encoding);
  let offset = 0;
  let ended = false;
  let inFlight: Promise<unknown> = Promise.resolve();
  const fetchChunk = async () => {
    const query = { bodyParts: [{ key: part, start: offset, maxLength: RAW_CHUNK }] };
    const message = await client.fetchOne(String(ref.uid), query, { uid: true });
    if (!message) throw messageGone();
    return message.bodyParts?.get(part) ?? Buffer.alloc(0);
  };
  const read = async (): Promise<Uint8Array | null> => {
    while (!ended) {
      const pending = fetchChunk();
      inFlight = pending.catch(() => undefined);
      const raw = await pending;
      offset += raw.length;
      ended = raw.length < RAW_CHUNK;
      const decoded = ended ? Buffer.concat([decoder.push(raw), decoder.end()]) : decoder.push(raw);
      if (decoded.length > 0) return decoded;
    }
    return null;
  };
  let first: Uint8Array | null | undefined = await read();
  return {
    read: async () => {
      if (first === undefined) return read();
      const chunk = first;
      first = undefined;
      return chunk;
    },
    // An early end waits for the one FETCH in flight: the connection is idle again after it.
    stop: async () => {
      ended = true;
      await inFlight;
    },
  };
}
