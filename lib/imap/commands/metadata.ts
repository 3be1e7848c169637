import 'server-only';
import type { ImapFlow } from 'imapflow';
import { mailboxName } from './mailbox-name';
import { atom, firstList, type RawToken, type RawUntagged, rawCommand, string, tokenText } from './raw-command';

/** The empty mailbox name addresses server entries (RFC 5464 §3.2), which belong to the user. */
const SERVER = string('');
/** RFC 5464 §4.3: NIL as the value removes the entry. */
const NIL = atom('NIL');

/**
 * `GETMETADATA "" entry` (RFC 5464 §4.2): the entry's value, or null when it is not set.
 * imapflow has no METADATA helper; only called when CAPABILITY lists METADATA or
 * METADATA-SERVER.
 */
export function getServerMetadata(client: ImapFlow, entry: string): Promise<string | null> {
  return getMetadata(client, SERVER, entry);
}

/** `SETMETADATA "" (entry value)` (RFC 5464 §4.3); imapflow quotes the value or sends it as a literal. */
export async function setServerMetadata(client: ImapFlow, entry: string, value: string): Promise<void> {
  await rawCommand(client, 'SETMETADATA', [SERVER, [atom(entry), string(value)]]);
}

/** `GETMETADATA mailbox entry`: a folder's entry (§3.1; `/shared/…` is every reader's), or null. Needs METADATA, not only -SERVER. */
export function getMailboxMetadata(client: ImapFlow, path: string, entry: string): Promise<string | null> {
  return getMetadata(client, string(mailboxName(client, path)), entry);
}

/** `SETMETADATA mailbox (entry value)`; null removes the entry (§4.3, NIL). */
export async function setMailboxMetadata(client: ImapFlow, path: string, entry: string, value: string | null): Promise<void> {
  await rawCommand(client, 'SETMETADATA', [
    string(mailboxName(client, path)),
    [atom(entry), value === null ? NIL : string(value)],
  ]);
}

async function getMetadata(client: ImapFlow, mailbox: RawToken, entry: string): Promise<string | null> {
  let value: string | null = null;
  const collect = (untagged: RawUntagged) => {
    const pairs = firstList(untagged);
    const at = pairs.findIndex((item) => tokenText(item)?.toLowerCase() === entry.toLowerCase());
    if (at >= 0) value = tokenText(pairs[at + 1]) ?? value;
  };
  await rawCommand(client, 'GETMETADATA', [mailbox, atom(entry)], { METADATA: collect });
  return value;
}
