import 'server-only';
import type { ImapFlow, MessageStructureObject } from 'imapflow';
import { fetchServerPreviews } from '@/lib/imap/commands/preview';
import type { Features } from '@/lib/imap/connection/capabilities';
import { chooseBody } from '@/lib/mime/choose-body';
import { flattenParts } from '@/lib/mime/part-tree';
import { previewFromPartial } from '@/lib/mime/preview-text';
import type { MimePart } from '@/lib/schemas/message-view';

/** Bytes of a text part fetched for a preview on servers without PREVIEW. */
const PARTIAL_BYTES = 1024;

/**
 * Previews for a window: the server's PREVIEW (RFC 8970) in one round trip where advertised;
 * otherwise the first KiB of each message's display part, read with one partial FETCH per
 * distinct part number (BODY.PEEK[1]<0.1024>, ...), never a whole body.
 */
export async function fetchPreviews(
  client: ImapFlow,
  features: Features,
  structures: Map<number, MessageStructureObject | undefined>,
): Promise<Map<number, string>> {
  const uids = [...structures.keys()];
  if (uids.length === 0) return new Map();
  if (features.preview) return fetchServerPreviews(client, uids);

  const byPart = new Map<string, Array<{ uid: number; part: MimePart }>>();
  for (const [uid, structure] of structures) {
    const part = chooseBody(flattenParts(structure));
    if (!part) continue;
    byPart.set(part.part, [...(byPart.get(part.part) ?? []), { uid, part }]);
  }
  const previews = new Map<number, string>();
  for (const [key, wanted] of byPart) {
    const parts = new Map(wanted.map(({ uid, part }) => [uid, part]));
    const query = { uid: true, bodyParts: [{ key, start: 0, maxLength: PARTIAL_BYTES }] };
    for await (const message of client.fetch(wanted.map((w) => w.uid).join(','), query, { uid: true })) {
      const raw = message.bodyParts?.get(key);
      const part = parts.get(message.uid);
      if (raw && part) previews.set(message.uid, previewFromPartial(raw, part));
    }
  }
  return previews;
}
