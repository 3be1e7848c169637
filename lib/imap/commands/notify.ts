import 'server-only';
import iconv from 'iconv-lite';
import type { ImapFlow } from 'imapflow';
import { atom, onUnsolicited, type RawAttribute, type RawUntagged, rawCommand, tokenText } from './raw-command';

/**
 * A folder's counts as NOTIFY pushes them (RFC 5465 §5.1: a STATUS response for a mailbox that
 * is not selected). Each is there only when the event moved it: Dovecot sends a flag change as
 * `(UNSEEN n HIGHESTMODSEQ m)`, without MESSAGES (measured).
 */
export interface PushedStatus {
  path: string;
  messages?: number;
  unseen?: number;
}

export interface NotifyHandlers {
  onStatus: (status: PushedStatus) => void;
  /** A folder was created, deleted, renamed or (un)subscribed: RFC 5465 §5.4/§5.5 send it as LIST. */
  onList: () => void;
}

/** Every event RFC 5465 §5 defines for mailboxes that are not selected, on the user's own ones. */
const PERSONAL_EVENTS = ['MessageNew', 'MessageExpunge', 'FlagChange', 'MailboxName', 'SubscriptionChange'];

/**
 * `NOTIFY SET STATUS (personal (…))` (RFC 5465): from then on the server pushes a STATUS
 * response when any of the user's folders gains, loses or changes (Dovecot: MESSAGES, UIDNEXT,
 * UNSEEN, HIGHESTMODSEQ), and LIST responses when the folder tree changes, on this connection,
 * without IDLE and without a command. `STATUS` first sends every folder's counts once. Only for
 * a server that advertises NOTIFY; the handlers stay installed for the connection's life.
 */
export async function notifyFolderChanges(client: ImapFlow, handlers: NotifyHandlers): Promise<void> {
  onUnsolicited(client, 'STATUS', (untagged) => {
    const status = parseStatus(untagged);
    if (status) handlers.onStatus(status);
  });
  onUnsolicited(client, 'LIST', () => handlers.onList());
  await rawCommand(client, 'NOTIFY', [atom('SET'), atom('STATUS'), [atom('personal'), PERSONAL_EVENTS.map(atom)]]);
}

/** `* STATUS name (MESSAGES 2 UIDNEXT 3 UNSEEN 1 …)`; null when it names no folder or holds neither count. */
export function parseStatus({ attributes = [] }: RawUntagged): PushedStatus | null {
  const [name, list] = attributes;
  const raw = tokenText(name);
  if (raw === null || !Array.isArray(list)) return null;
  const values = new Map<string, number>();
  for (let i = 0; i + 1 < list.length; i += 2) {
    const key = tokenText(list[i] as RawAttribute)?.toUpperCase();
    const value = Number(tokenText(list[i + 1] as RawAttribute));
    if (key && Number.isSafeInteger(value)) values.set(key, value);
  }
  const messages = values.get('MESSAGES');
  const unseen = values.get('UNSEEN');
  if (messages === undefined && unseen === undefined) return null;
  return { path: decodeName(raw), ...(messages === undefined ? {} : { messages }), ...(unseen === undefined ? {} : { unseen }) };
}

/**
 * Mailbox names travel in modified UTF-7 (RFC 3501 §5.1.3) unless UTF8=ACCEPT is enabled; Dovecot
 * 2.3 sends NOTIFY's names as raw UTF-8 even so (measured: "Probe ü" came as a UTF-8 literal). A
 * name with bytes beyond ASCII is taken as it is; any other is decoded.
 */
function decodeName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is what is tested
  if (!/^[\u0000-\u007f]*$/.test(name) || !name.includes('&')) return name;
  return iconv.decode(Buffer.from(name, 'ascii'), 'utf-7-imap');
}
