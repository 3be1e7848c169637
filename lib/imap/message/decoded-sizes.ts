import 'server-only';
import type { ImapFlow } from 'imapflow';
import { plausibleDecodedSize } from '@/lib/mime/decoded-size';
import type { MimePart } from '@/lib/schemas/message-view';
import { fetchBinarySizes } from '../commands/binary-size';
import type { Features } from '../connection/capabilities';
import { isConnectionLost } from '../connection/errors';

/**
 * The attachments with the size a download delivers. Parts sent as they are (7bit, 8bit,
 * binary) have it already; base64 and quoted-printable ones get it from the server's
 * BINARY.SIZE (RFC 3516) in one FETCH. Without BINARY, if the server will not decode a part,
 * or if its answer cannot fit the encoded size, `decodedSize` stays null and the reader sees
 * an estimate, marked as one.
 */
export async function withDecodedSizes(
  client: ImapFlow,
  features: Features,
  uid: number,
  attachments: MimePart[],
): Promise<MimePart[]> {
  const encoded = attachments.filter((part) => part.decodedSize === null).map((part) => part.part);
  if (!features.binary || encoded.length === 0) return attachments;
  let sizes: Map<string, number>;
  try {
    sizes = await fetchBinarySizes(client, uid, encoded);
  } catch (error) {
    // A dropped connection is the pool's to handle; a refusal (RFC 3516 UNKNOWN-CTE) only costs the exact size.
    if (isConnectionLost(error)) throw error;
    return attachments;
  }
  return attachments.map((part) => {
    const decoded = sizes.get(part.part);
    return decoded !== undefined && plausibleDecodedSize(part, decoded) ? { ...part, decodedSize: decoded } : part;
  });
}
