// The UI is English (<html lang="en">); numbers are grouped the same way so "1,234" reads at a glance.
const count = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return count.format(value);
}

/** "1,234 messages · 56 unread"; the unread part is left out when nothing is unread. */
export function formatMailboxCounts(total: number, unseen: number | null): string {
  const messages = total === 0 ? 'No messages' : `${count.format(total)} ${total === 1 ? 'message' : 'messages'}`;
  return unseen ? `${messages} · ${count.format(unseen)} unread` : messages;
}
