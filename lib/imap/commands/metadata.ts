import 'server-only';
import type { ImapFlow } from 'imapflow';
import { atom, firstList, type RawUntagged, rawCommand, string, tokenText } from './raw-command';

/** The empty mailbox name addresses server entries (RFC 5464 §3.2), which belong to the user. */
const SERVER = string('');

/**
 * `GETMETADATA "" entry` (RFC 5464 §4.2): the entry's value, or null when it is not set.
 * imapflow has no METADATA helper; only called when CAPABILITY lists METADATA or
 * METADATA-SERVER.
 */
export async function getServerMetadata(client: ImapFlow, entry: string): Promise<string | null> {
  let value: string | null = null;
  const collect = (untagged: RawUntagged) => {
    const pairs = firstList(untagged);
    const at = pairs.findIndex((item) => tokenText(item)?.toLowerCase() === entry.toLowerCase());
    if (at >= 0) value = tokenText(pairs[at + 1]) ?? value;
  };
  await rawCommand(client, 'GETMETADATA', [SERVER, atom(entry)], { METADATA: collect });
  return value;
}

/** `SETMETADATA "" (entry value)` (RFC 5464 §4.3); imapflow quotes the value or sends it as a literal. */
export async function setServerMetadata(client: ImapFlow, entry: string, value: string): Promise<void> {
  await rawCommand(client, 'SETMETADATA', [SERVER, [atom(entry), string(value)]]);
}
