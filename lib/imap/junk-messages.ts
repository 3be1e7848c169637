import 'server-only';
import type { MoveResponse } from '@/lib/schemas/move';
import { ACTION_KEYWORDS } from '@/lib/schemas/values';
import type { Account } from '@/lib/session/account';
import { specialFolder } from './folders/special-folder';
import { type ParsedSelection, sourceOf } from './move/selection';
import { transferSelection } from './move/transfer-selection';

/**
 * `POST /api/messages/junk`: to the folder marked \Junk (RFC 6154) with the $Junk keyword, and
 * without $NotJunk: the keywords spam filters and other clients train on (IANA IMAP keywords).
 */
export function junkMessages(account: Account, request: ParsedSelection): Promise<MoveResponse> {
  return transferSelection(account, {
    source: sourceOf(request),
    mode: 'move',
    destination: (client) => specialFolder(client, '\\Junk'),
    keywords: ACTION_KEYWORDS.junk,
  });
}

/** `POST /api/messages/not-junk`: back to INBOX with $NotJunk, without $Junk. */
export function notJunkMessages(account: Account, request: ParsedSelection): Promise<MoveResponse> {
  return transferSelection(account, {
    source: sourceOf(request),
    mode: 'move',
    destination: async () => 'INBOX',
    keywords: ACTION_KEYWORDS['not-junk'],
  });
}
