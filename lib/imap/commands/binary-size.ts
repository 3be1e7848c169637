import 'server-only';
import type { ImapFlow } from 'imapflow';
import { atom, firstList, type RawUntagged, rawCommand, sequence, tokenText } from './raw-command';

/**
 * `UID FETCH <uid> (BINARY.SIZE[part] …)` (RFC 3516 §4.2): the size of each part once its
 * Content-Transfer-Encoding is undone, which is what a download delivers; BODYSTRUCTURE only
 * knows the encoded size. imapflow has no BINARY.SIZE fetch item. Only sent when CAPABILITY
 * lists BINARY. A part the server answers NIL (or nothing) for is missing from the map.
 */
export async function fetchBinarySizes(client: ImapFlow, uid: number, parts: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (parts.length === 0) return sizes;
  const collect = (untagged: RawUntagged) => {
    const items = firstList(untagged);
    for (let i = 0; i + 1 < items.length; i += 2) {
      const part = /^BINARY\.SIZE\[([\d.]+)\]$/i.exec(tokenText(items[i]) ?? '')?.[1];
      const size = Number(tokenText(items[i + 1]) ?? Number.NaN);
      if (part && Number.isSafeInteger(size) && size >= 0) sizes.set(part, size);
    }
  };
  const query = parts.map((part) => ({ ...atom('BINARY.SIZE'), section: [atom(part)] }));
  await rawCommand(client, 'UID FETCH', [sequence(String(uid)), [atom('UID'), ...query]], { FETCH: collect });
  return sizes;
}
