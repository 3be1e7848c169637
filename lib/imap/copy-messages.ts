import 'server-only';
import type { MoveResponse } from '@/lib/schemas/move';
import type { Account } from '@/lib/session/account';
import { type ParsedSelection, sourceOf } from './move/selection';
import { transferSelection } from './move/transfer-selection';
import { destinationPath } from './move-messages';

/** `POST /api/messages/copy`: one UID COPY; the originals stay where they are. */
export function copyMessages(account: Account, request: ParsedSelection & { to: string }): Promise<MoveResponse> {
  const destination = destinationPath(request.to);
  return transferSelection(account, { source: sourceOf(request), mode: 'copy', destination: async () => destination });
}
