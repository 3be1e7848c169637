import type { ImapFlow } from 'imapflow';

/**
 * The few commands imapflow has no helper for, sent through its internal exec() the way the
 * app's adapters do (lib/imap/commands/uid-sort.ts, preview.ts). Replicated rather than
 * imported: those modules are `server-only` and cannot load outside Next.
 */
type Token = { type?: string; value?: unknown };
type Untagged = { attributes?: Array<Token | Token[]> };
type Exec = (
  command: string,
  attributes: unknown[],
  options: { untagged: Record<string, (u: Untagged) => Promise<void>> },
) => Promise<{ next: () => void }>;

const execOf = (client: ImapFlow) => (client as unknown as { exec: Exec }).exec.bind(client);
export const atom = (value: string) => ({ type: 'ATOM', value });
/** A string argument; imapflow quotes it or sends it as a literal. */
export const text = (value: string) => ({ type: 'STRING', value });

/** `UID SORT (REVERSE DATE) UTF-8 ALL` (RFC 5256): the INBOX order the list shows. */
export async function uidSortByDateDesc(client: ImapFlow): Promise<number[]> {
  const uids: number[] = [];
  const collect = async (untagged: Untagged) => {
    for (const attribute of untagged.attributes ?? []) {
      const uid = Number((attribute as Token).value);
      if (Number.isInteger(uid) && uid > 0) uids.push(uid);
    }
  };
  const response = await execOf(client)('UID SORT', [[atom('REVERSE'), atom('DATE')], atom('UTF-8'), atom('ALL')], {
    untagged: { SORT: collect },
  });
  response.next();
  return uids;
}

/** `UID FETCH <uids> (PREVIEW)` (RFC 8970): the list rows' preview text, one round trip. */
export async function fetchPreviews(client: ImapFlow, uids: number[]): Promise<number> {
  let count = 0;
  const collect = async (untagged: Untagged) => {
    if (untagged.attributes?.some(Array.isArray)) count++;
  };
  const response = await execOf(client)('UID FETCH', [{ type: 'SEQUENCE', value: uids.join(',') }, [atom('PREVIEW')]], {
    untagged: { FETCH: collect },
  });
  response.next();
  return count;
}

/** The envelope FETCH of one list window: the same items the app asks for (lib/imap/fetch-summaries.ts). */
export async function fetchWindow(client: ImapFlow, uids: number[]): Promise<number> {
  const query = { uid: true, envelope: true, flags: true, size: true, internalDate: true, bodyStructure: true };
  let count = 0;
  for await (const _message of client.fetch(uids.join(','), query, { uid: true })) count++;
  return count;
}

/** `UID SORT (REVERSE DATE) UTF-8 <keys>`: a search's matches in list order, as the app asks (lib/search/search-folder.ts). */
export async function uidSortMatching(client: ImapFlow, keys: unknown[]): Promise<number[]> {
  const uids: number[] = [];
  const collect = async (untagged: Untagged) => {
    for (const attribute of untagged.attributes ?? []) {
      const uid = Number((attribute as Token).value);
      if (Number.isInteger(uid) && uid > 0) uids.push(uid);
    }
  };
  const response = await execOf(client)('UID SORT', [[atom('REVERSE'), atom('DATE')], atom('UTF-8'), ...keys], {
    untagged: { SORT: collect },
  });
  response.next();
  return uids;
}
