import type { Address, MessageSummary } from '@/lib/schemas/message-list';

/** RFC 3501 §2.3.2: a message without \Seen is unread. */
export function isUnread(message: Pick<MessageSummary, 'flags'>): boolean {
  return !message.flags.includes('\\Seen');
}

export function isFlagged(message: Pick<MessageSummary, 'flags'>): boolean {
  return message.flags.includes('\\Flagged');
}

/**
 * RFC 3501 §2.3.2 \Deleted: marked for removal at the next EXPUNGE. Letterbox hides such
 * messages (a move on a server without UIDPLUS leaves its originals so, see lib/schemas/move.ts).
 */
export function isDeleted(message: Pick<MessageSummary, 'flags'>): boolean {
  return message.flags.some((flag) => flag.toLowerCase() === '\\deleted');
}

/** The name a person reads for an address: the display name, else the address itself. */
export function addressLabel(address: Address | undefined): string {
  return address?.name.trim() || address?.address || '';
}

/**
 * Who the row is about: the sender, or in a Sent/Drafts folder the recipients, since
 * there the sender is always you. Several people are joined as "Ann, Bob".
 */
export function correspondents(message: Pick<MessageSummary, 'from' | 'to'>, showRecipients = false): string {
  const people = showRecipients ? message.to : message.from;
  const labels = people.map(addressLabel).filter(Boolean);
  if (labels.length === 0) return showRecipients ? '(no recipients)' : '(unknown sender)';
  return showRecipients ? `To: ${labels.join(', ')}` : labels.join(', ');
}

/**
 * "and at least 1,234 more recipients" for the To and Cc addresses the server side left out,
 * or null. At least: past a cut header (or Dovecot's 100,000-address cap) nobody counted them all.
 */
export function omittedRecipients(message: Pick<MessageSummary, 'recipientsOmitted'>): string | null {
  const count = message.recipientsOmitted;
  if (count <= 0) return null;
  return `and at least ${count.toLocaleString('en-US')} more ${count === 1 ? 'recipient' : 'recipients'}`;
}

/**
 * The one address remote content may be allowed "always" for: none when From is malformed or
 * names several mailboxes (RFC 5322 §3.6.2 allows that only with a Sender), since the trust
 * would go to whichever address happens to come first.
 */
export function trustedSenderAddress(message: Pick<MessageSummary, 'from' | 'malformed'> | undefined): string | null {
  if (message?.from.length !== 1) return null;
  if (message.malformed?.some((header) => header.field === 'from')) return null;
  return message.from[0]?.address || null;
}
