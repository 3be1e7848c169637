import { mailboxId, messageRefFromId } from '@/lib/ids';
import type { MessageSummary } from '@/lib/schemas/message-list';

/** One folder's share of a set of results: what an operation names (RFC 3501 §2.3.1.1: UIDs under one UIDVALIDITY). */
export interface FolderGroup {
  mailboxId: string;
  uidValidity: number;
  uids: number[];
}

/** The folder a message lives in, from its id (which names path, UIDVALIDITY and UID); null for an id that names none. */
export function mailboxIdOfMessage(messageId: string): string | null {
  const ref = messageRefFromId(messageId);
  return ref ? mailboxId(ref.path) : null;
}

/**
 * Messages grouped by folder, in the order their folders first appear, UIDs ascending. The
 * UIDVALIDITY each was listed under travels in its id: a folder recreated meanwhile then
 * refuses the operation (CONFLICT) rather than acting on other messages.
 */
export function byFolder(rows: readonly MessageSummary[]): FolderGroup[] {
  const groups = new Map<string, FolderGroup & { seen: Set<number> }>();
  for (const row of rows) {
    const ref = messageRefFromId(row.id);
    if (!ref) continue;
    const key = `${ref.uidValidity}.${ref.path}`;
    let group = groups.get(key);
    if (!group) {
      group = { mailboxId: mailboxId(ref.path), uidValidity: ref.uidValidity, uids: [], seen: new Set() };
      groups.set(key, group);
    }
    group.seen.add(ref.uid);
  }
  return [...groups.values()].map(({ seen, ...group }) => ({ ...group, uids: [...seen].sort((a, b) => a - b) }));
}
