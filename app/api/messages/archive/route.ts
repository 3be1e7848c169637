import { route } from '@/lib/http/route';
import { archiveMessages } from '@/lib/imap/archive-messages';
import { SpecialMoveRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Moves messages to the Archive folder: `SpecialMoveRequest` → `MoveResponse`; none → 409 NO_SPECIAL_FOLDER. */
export const POST = route({ auth: true, body: SpecialMoveRequest }, ({ account, body }) => archiveMessages(account, body));
