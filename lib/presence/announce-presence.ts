import 'server-only';
import type { MessageRef } from '@/lib/ids';
import { mailboxId } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { rememberNamespaces } from '@/lib/imap/folders/server-namespaces';
import { tellRoom } from '@/lib/live/live-hub';
import type { PresenceEvent, PresenceRequest, PresenceResponse } from '@/lib/schemas/presence';
import type { Account } from '@/lib/session/account';
import { requireRights } from '@/lib/sharing/require-rights';
import { memberRoom, presenceRoom } from './presence-room';
import { presenceTtlMs, writePresence } from './presence-rooms';

/**
 * "Ana is viewing / replying" (design note B.2, a soft lock): told to every other user whose
 * live stream watches the same folder, whatever each calls it (alice's `Team` is bob's
 * `shared/alice/Team`, presence-room.ts), never stored in IMAP. Only by someone who may read the
 * folder (MYRIGHTS, cached). The browser tells it only for folders people share.
 */
export async function announcePresence(
  account: Account,
  ref: MessageRef,
  { activity, active }: PresenceRequest,
): Promise<PresenceResponse> {
  const room = await withImap(account, async (lease) => {
    await requireRights(lease, ref.path, 'mayReadItems');
    rememberNamespaces(account.host, account.port, lease.client.namespaces);
    return presenceRoom(account, ref.path, ref.uidValidity, lease.client.namespaces);
  });
  const ttlMs = presenceTtlMs();
  if (!writePresence(room, { uid: ref.uid, user: account.user, activity }, active)) return { ttlMs };
  const event = { uid: ref.uid, user: account.user, activity, active, ttlMs: active ? ttlMs : 0 };
  tellRoom(
    (member) => memberRoom(member) === room,
    account.user,
    (member) => ({
      event: 'presence',
      data: { mailboxId: mailboxId(member.path), ...event } satisfies PresenceEvent,
    }),
  );
  return { ttlMs };
}
