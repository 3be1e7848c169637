import 'server-only';
import type { StreamEvent } from '@/lib/http/event-stream';
import { mailboxId } from '@/lib/ids';
import type { Account } from '@/lib/session/account';
import { presenceIn } from './presence-rooms';

/**
 * Who is already in the folder a stream starts watching, as the `presence` events it would have
 * heard (each with the time it has left), so a teammate who opens the folder late, or whose
 * stream reconnects, sees the same as everyone else.
 */
export function presenceSnapshot(account: Account, room: string, path: string, now = Date.now()): StreamEvent[] {
  return presenceIn(room, account.user, now).map(({ uid, user, activity, expires }) => ({
    event: 'presence',
    data: { mailboxId: mailboxId(path), uid, user, activity, active: true, ttlMs: expires - now },
  }));
}
