import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { MoveResponse } from '@/lib/schemas/move';
import type { Account } from '@/lib/session/account';
import { withImap } from './connection/pool';
import { specialFolder } from './folders/special-folder';
import { expungeSelection } from './move/expunge-selection';
import { type ParsedSelection, samePath, sourceOf } from './move/selection';
import { transferOnLease } from './move/transfer-selection';

/**
 * `POST /api/messages/delete`: moves the selection to the folder marked \Trash (RFC 6154).
 * Inside Trash, and only when the request says `permanent: true`, the messages are expunged
 * instead; a permanent delete anywhere else is refused, so nothing vanishes without Trash.
 */
export function deleteMessages(account: Account, request: ParsedSelection & { permanent?: boolean }): Promise<MoveResponse> {
  const source = sourceOf(request);
  return withImap(
    account,
    async (lease) => {
      const trash = await specialFolder(lease.client, '\\Trash');
      const inTrash = samePath(trash, source.path);
      if (inTrash && !request.permanent) {
        throw new AppError('BAD_REQUEST', 'These messages are in Trash already; delete them with permanent: true.');
      }
      if (!inTrash && request.permanent) {
        throw new AppError('BAD_REQUEST', 'Messages are deleted permanently only from Trash; move them there first.');
      }
      if (inTrash) return expungeSelection(lease, source);
      return transferOnLease(lease, { source, mode: 'move', destination: async () => trash });
    },
    { mailbox: source.path, retry: 'never' },
  );
}
