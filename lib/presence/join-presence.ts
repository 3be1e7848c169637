import 'server-only';
import type { StreamEvent } from '@/lib/http/event-stream';
import { withImap } from '@/lib/imap/connection/pool';
import type { LiveMember } from '@/lib/live/live-hub';
import { logger } from '@/lib/log/logger';
import { presenceRoom } from './presence-room';
import { presenceSnapshot } from './presence-snapshot';

/**
 * A placed stream enters its folder's presence room (named from the session's NAMESPACE, no
 * command sent) and hears who is there already. Without it the stream still streams: presence
 * is the one thing it would miss.
 */
export async function joinPresence(member: LiveMember, send: (event: StreamEvent) => boolean): Promise<void> {
  const { cursor, account, path } = member;
  if (!cursor) return;
  try {
    const namespaces = await withImap(account, async ({ client }) => client.namespaces);
    member.presenceRoom = presenceRoom(account, path, cursor.uidValidity, namespaces);
    for (const event of presenceSnapshot(account, member.presenceRoom, path)) send(event);
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'the stream joined no presence room');
  }
}
