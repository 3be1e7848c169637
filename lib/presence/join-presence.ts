import 'server-only';
import type { StreamEvent } from '@/lib/http/event-stream';
import type { LiveMember } from '@/lib/live/live-hub';
import { memberRoom } from './presence-room';
import { presenceSnapshot } from './presence-snapshot';

/** A placed stream hears who is already in its folder's presence room (no IMAP command, no connection). */
export function joinPresence(member: LiveMember, send: (event: StreamEvent) => boolean): void {
  const room = memberRoom(member);
  if (room) for (const event of presenceSnapshot(member.account, room, member.path)) send(event);
}
