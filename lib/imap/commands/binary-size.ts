import 'server-only';
import type { ImapFlow } from 'imapflow';

type Token = { type?: string; value?: unknown };
type Untagged = { attributes?: Array<Token | Token[]> };
type Exec = (
  command: string,
  attributes: unknown[],
  options: { untagged: Record<string, (u: Untagged) => Promise<void>> },
) => Promise<{ next: () => void }>;

/**
 * `UID FETCH <uid> (BINARY.SIZE[part] …)` (RFC 3516 §4.2): the size of each part once its
 * Content-Transfer-Encoding is undone, which is what a download delivers. BODYSTRUCTURE only
 * knows the encoded size. imapflow has no BINARY.SIZE fetch item, so this goes through its
 * internal exec(), like PREVIEW (preview.ts). Only sent when CAPABILITY lists BINARY.
 */
export async function fetchBinarySizes(client: ImapFlow, uid: number, parts: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (parts.length === 0) return sizes;
  const collect = async (untagged: Untagged) => {
    const items = untagged.attributes?.find((attribute): attribute is Token[] => Array.isArray(attribute)) ?? [];
    for (let i = 0; i + 1 < items.length; i += 2) {
      const part = /^BINARY\.SIZE\[([\d.]+)\]$/i.exec(String(items[i]?.value ?? ''))?.[1];
      const size = Number(items[i + 1]?.value);
      if (part && Number.isSafeInteger(size) && size >= 0) sizes.set(part, size);
    }
  };
  const query = parts.map((part) => ({ type: 'ATOM', value: 'BINARY.SIZE', section: [{ type: 'ATOM', value: part }] }));
  const exec = (client as unknown as { exec: Exec }).exec.bind(client);
  const response = await exec('UID FETCH', [{ type: 'SEQUENCE', value: String(uid) }, query], { untagged: { FETCH: collect } });
  response.next();
  return sizes;
}
