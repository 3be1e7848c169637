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
 * `UID FETCH <uids> (PREVIEW)` (RFC 8970): the server's own short text of each message, one
 * round trip for the window. imapflow has no PREVIEW fetch item, so this goes through its
 * internal exec(), like SORT (uid-sort.ts). Only used when CAPABILITY lists PREVIEW.
 */
export async function fetchServerPreviews(client: ImapFlow, uids: number[]): Promise<Map<number, string>> {
  const previews = new Map<number, string>();
  const collect = async (untagged: Untagged) => {
    const items = untagged.attributes?.find((attribute): attribute is Token[] => Array.isArray(attribute)) ?? [];
    let uid = 0;
    let preview: string | null = null;
    for (let i = 0; i + 1 < items.length; i += 2) {
      const name = String(items[i]?.value ?? '').toUpperCase();
      const value = items[i + 1]?.value;
      if (name === 'UID') uid = Number(value);
      if (name === 'PREVIEW')
        preview = Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : null;
    }
    if (uid > 0 && preview !== null) previews.set(uid, preview);
  };
  const exec = (client as unknown as { exec: Exec }).exec.bind(client);
  const response = await exec('UID FETCH', [{ type: 'SEQUENCE', value: uids.join(',') }, [{ type: 'ATOM', value: 'PREVIEW' }]], {
    untagged: { FETCH: collect },
  });
  response.next();
  return previews;
}
