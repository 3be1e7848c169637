import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';
import type { MoveResponse } from '@/lib/schemas/move';
import type { Account } from '@/lib/session/account';
import { type ParsedSelection, sourceOf } from './move/selection';
import { transferSelection } from './move/transfer-selection';

/** The destination of a move or copy, from its mailbox id; a malformed id names no folder. */
export function destinationPath(to: string): string {
  const path = mailboxPathFromId(to);
  if (path === null) throw new AppError('NOT_FOUND', 'The destination folder does not exist.');
  return path;
}

/** `POST /api/messages/move`: the selection leaves its folder for `to` (move/transfer.ts says how). */
export function moveMessages(account: Account, request: ParsedSelection & { to: string }): Promise<MoveResponse> {
  const destination = destinationPath(request.to);
  return transferSelection(account, { source: sourceOf(request), mode: 'move', destination: async () => destination });
}
