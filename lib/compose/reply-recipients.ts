import type { Recipient } from '@/lib/schemas/compose';

export interface RepliedMessage {
  from: readonly Recipient[];
  replyTo: readonly Recipient[];
  to: readonly Recipient[];
  cc: readonly Recipient[];
}

export type ReplyMode = 'reply' | 'reply-all';

/**
 * Who a reply goes to. RFC 5322 §3.6.3: Reply-To, when present, names where replies go;
 * otherwise From. Reply-all also copies the original To and Cc. The user's own addresses
 * (`own`) are dropped everywhere, and every address appears once (case-insensitively, the
 * first display name kept), To before Cc.
 *
 * Answering one's own sent message goes to its recipients (the original To), as Gmail does:
 * a reply to yourself is rarely meant. Only when nothing but the user is left (a note to
 * self) does the reply go to the user's own address, as the original did.
 */
export function replyRecipients(
  original: RepliedMessage,
  mode: ReplyMode,
  own: readonly string[],
): { to: Recipient[]; cc: Recipient[] } {
  const mine = new Set(own.map(key));
  const isMine = (recipient: Recipient) => mine.has(key(recipient.address));
  const fromMe = original.from.some(isMine);
  const primary = fromMe ? original.to : original.replyTo.length > 0 ? original.replyTo : original.from;
  const copied = mode === 'reply-all' ? (fromMe ? original.cc : [...original.to, ...original.cc]) : [];

  const seen = new Set<string>();
  const pick = (list: readonly Recipient[], keepMine: boolean) =>
    list.filter((recipient) => {
      const id = key(recipient.address);
      if (!id || seen.has(id) || (!keepMine && isMine(recipient))) return false;
      seen.add(id);
      return true;
    });
  let to = pick(primary, false);
  if (to.length === 0) to = pick(fromMe ? [...primary, ...original.from] : primary, true);
  const cc = pick(copied, false);
  return { to: to.map(clean), cc: cc.map(clean) };
}

const key = (address: string) => address.trim().toLowerCase();

/** A recipient as the compose schema takes it: no empty name, no stray spaces around the address. */
function clean({ name, address }: Recipient): Recipient {
  const trimmed = name?.trim();
  return trimmed ? { name: trimmed, address: address.trim() } : { address: address.trim() };
}
