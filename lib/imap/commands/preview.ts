import 'server-only';
import type { ImapFlow } from 'imapflow';
import { atom, firstList, type RawUntagged, rawCommand, sequence, tokenText } from './raw-command';

/**
 * `UID FETCH <uids> (PREVIEW)` (RFC 8970): the server's own short text of each message, one
 * round trip for the window. imapflow has no PREVIEW fetch item. Only used when CAPABILITY
 * lists PREVIEW.
 */
export async function fetchServerPreviews(client: ImapFlow, uids: number[]): Promise<Map<number, string>> {
  const previews = new Map<number, string>();
  const collect = (untagged: RawUntagged) => {
    const items = firstList(untagged);
    let uid = 0;
    let preview: string | null = null;
    for (let i = 0; i + 1 < items.length; i += 2) {
      const name = (tokenText(items[i]) ?? '').toUpperCase();
      if (name === 'UID') uid = Number(tokenText(items[i + 1]));
      if (name === 'PREVIEW') preview = tokenText(items[i + 1]);
    }
    if (uid > 0 && preview !== null) previews.set(uid, preview);
  };
  await rawCommand(client, 'UID FETCH', [sequence(uids.join(',')), [atom('PREVIEW')]], { FETCH: collect });
  return previews;
}
