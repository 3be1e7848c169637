import type { ImapFlow } from 'imapflow';
import type { MessageTarget } from '../fixtures';

/** What the app's reading view fetches (lib/imap/get-message.ts): one FETCH of the headers it shows and the MIME tree. */
const VIEW_QUERY = {
  uid: true,
  envelope: true,
  bodyStructure: true,
  size: true,
  internalDate: true,
  headers: ['list-unsubscribe'],
};
/** The app's display limit and chunk (lib/imap/read-text-part.ts): a partial fetch, never the whole message. */
const DISPLAY_LIMIT = 2 * 1024 * 1024;
const CHUNK = 256 * 1024;

/** The floor of opening a message: the view FETCH, then the display part, decoded, read to the end. */
export async function openMessageDirect(client: ImapFlow, target: MessageTarget): Promise<number> {
  const message = await client.fetchOne(String(target.uid), VIEW_QUERY, { uid: true });
  if (!message) throw new Error(`UID ${target.uid} is gone`);
  const download = await client.download(String(target.uid), target.displayPart, {
    uid: true,
    maxBytes: DISPLAY_LIMIT,
    chunkSize: CHUNK,
  });
  let bytes = 0;
  for await (const chunk of download.content ?? []) bytes += (chunk as Buffer).length;
  return bytes;
}
