import { route } from '@/lib/http/route';
import { notJunkMessages } from '@/lib/imap/junk-messages';
import { SpecialMoveRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Moves messages back to INBOX with $NotJunk set: `SpecialMoveRequest` → `MoveResponse`. */
export const POST = route({ auth: true, body: SpecialMoveRequest }, ({ account, body }) => notJunkMessages(account, body));
