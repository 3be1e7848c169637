import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { mailboxId } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { namespaceOf } from '@/lib/imap/folders/namespace-of';
import { tellFolderWatchers } from '@/lib/live/live-hub';
import type { PresenceEvent, PresenceRequest, PresenceResponse } from '@/lib/schemas/presence';
import type { Account } from '@/lib/session/account';
import { requireRights } from '@/lib/sharing/require-rights';
import { presenceTtlMs, writePresence } from './presence-rooms';

/**
 * "Ana is viewing / replying" (design note B.2, a soft lock): told to every other user whose
 * live stream watches the same shared folder, never stored in IMAP. Only in folders of the
 * other-users or public namespace (RFC 2342), where one name means one folder for everyone,
 * and only by someone who may read it (MYRIGHTS, cached): a personal INBOX is nobody's room.
 */
export async function announcePresence(
  account: Account,
  ref: MessageRef,
  { activity, active }: PresenceRequest,
): Promise<PresenceResponse> {
  await withImap(account, async (lease) => {
    if (namespaceOf(ref.path, lease.client.namespaces) === 'personal') {
      throw new AppError('BAD_REQUEST', 'Presence is shared only in folders shared with you.');
    }
    await requireRights(lease, ref.path, 'mayReadItems');
  });
  const room = { host: account.host, port: account.port, path: ref.path, uidValidity: ref.uidValidity };
  const ttlMs = presenceTtlMs();
  if (!writePresence(room, { uid: ref.uid, user: account.user, activity }, active)) return { ttlMs };
  const event: PresenceEvent = {
    mailboxId: mailboxId(ref.path),
    uid: ref.uid,
    user: account.user,
    activity,
    active,
    ttlMs: active ? ttlMs : 0,
  };
  tellFolderWatchers(room, account.user, { event: 'presence', data: event });
  return { ttlMs };
}
