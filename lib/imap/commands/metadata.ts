import 'server-only';
import type { ImapFlow } from 'imapflow';

type Attribute = { type?: string; value?: unknown } | Attribute[];
type Exec = (
  command: string,
  attributes: unknown[],
  options: { untagged?: Record<string, (u: { attributes?: Attribute[] }) => Promise<void>> },
) => Promise<{ next: () => void }>;

const exec = (client: ImapFlow): Exec => {
  const internal = client as unknown as { exec: Exec };
  return internal.exec.bind(client);
};

/** The empty mailbox name addresses server entries (RFC 5464 §3.2), which belong to the user. */
const SERVER = { type: 'STRING', value: '' };

/**
 * `GETMETADATA "" entry` (RFC 5464 §4.2): the entry's value, or null when it is not set.
 * imapflow has no METADATA helper, so this uses its internal exec(), like uid-sort.ts,
 * and is only called when CAPABILITY lists METADATA or METADATA-SERVER.
 */
export async function getServerMetadata(client: ImapFlow, entry: string): Promise<string | null> {
  let value: string | null = null;
  const collect = async ({ attributes }: { attributes?: Attribute[] }) => {
    const pairs = attributes?.find(Array.isArray) ?? [];
    const at = pairs.findIndex((item) => !Array.isArray(item) && String(item.value).toLowerCase() === entry.toLowerCase());
    const found = pairs[at + 1];
    if (at < 0 || !found || Array.isArray(found) || found.value === null || found.value === undefined) return;
    value = Buffer.isBuffer(found.value) ? found.value.toString('utf8') : String(found.value);
  };
  const response = await exec(client)('GETMETADATA', [SERVER, { type: 'ATOM', value: entry }], {
    untagged: { METADATA: collect },
  });
  response.next();
  return value;
}

/** `SETMETADATA "" (entry value)` (RFC 5464 §4.3); imapflow quotes the value or sends it as a literal. */
export async function setServerMetadata(client: ImapFlow, entry: string, value: string): Promise<void> {
  const response = await exec(client)(
    'SETMETADATA',
    [
      SERVER,
      [
        { type: 'ATOM', value: entry },
        { type: 'STRING', value },
      ],
    ],
    {},
  );
  response.next();
}
