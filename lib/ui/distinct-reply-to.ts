import type { Address } from '@/lib/schemas/message-list';

/**
 * The Reply-To addresses worth showing: all of them when a reply would go somewhere other than
 * the sender (RFC 5322 §3.6.2), none when Reply-To is missing or names the From addresses again.
 * Addresses compare without case, as mail systems treat them in practice.
 */
export function distinctReplyTo(from: readonly Address[], replyTo: readonly Address[]): readonly Address[] {
  const key = (people: readonly Address[]) =>
    [...new Set(people.map((person) => person.address.trim().toLowerCase()))].sort().join('\n');
  return replyTo.length === 0 || key(replyTo) === key(from) ? [] : replyTo;
}
