import type { ImapFlow } from 'imapflow';

type Untagged = { attributes?: unknown[] };
type Exec = (
  command: string,
  attributes: Array<{ type: string; value: string }>,
  options: { untagged?: Record<string, (untagged: Untagged) => void> },
) => Promise<{ next: () => void }>;

const text = (token: unknown) => (token as { value?: unknown } | undefined)?.value?.toString() ?? null;

/**
 * `GETMETADATA "" entry` (RFC 5464 §4.2) on a direct connection, for the harness: the app's
 * adapter (lib/imap/commands/metadata.ts) is server-only. The value, or null when unset.
 */
export async function getServerMetadataDirect(imap: ImapFlow, entry: string): Promise<string | null> {
  let value: string | null = null;
  const collect = (untagged: Untagged) => {
    const pairs = untagged.attributes?.find(Array.isArray) as unknown[] | undefined;
    value = text(pairs?.[1]) ?? value;
  };
  const exec = (imap as unknown as { exec: Exec }).exec;
  const done = await exec.call(
    imap,
    'GETMETADATA',
    [
      { type: 'STRING', value: '' },
      { type: 'ATOM', value: entry },
    ],
    { untagged: { METADATA: collect } },
  );
  done.next();
  return value;
}
