import 'server-only';
import type { MoveResponse } from '@/lib/schemas/move';
import type { Account } from '@/lib/session/account';
import { specialFolder } from './folders/special-folder';
import { type ParsedSelection, sourceOf } from './move/selection';
import { transferSelection } from './move/transfer-selection';

/** `POST /api/messages/archive`: moves the selection to the folder marked \Archive (RFC 6154). */
export function archiveMessages(account: Account, request: ParsedSelection): Promise<MoveResponse> {
  return transferSelection(account, {
    source: sourceOf(request),
    mode: 'move',
    destination: (client) => specialFolder(client, '\\Archive'),
  });
}
