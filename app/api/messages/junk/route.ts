import { route } from '@/lib/http/route';
import { junkMessages } from '@/lib/imap/junk-messages';
import { SpecialMoveRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Moves messages to Junk with $Junk set: `SpecialMoveRequest` → `MoveResponse`. */
export const POST = route({ auth: true, body: SpecialMoveRequest }, ({ account, body }) => junkMessages(account, body));
