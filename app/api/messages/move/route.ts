import { route } from '@/lib/http/route';
import { moveMessages } from '@/lib/imap/move-messages';
import { MoveRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Moves messages to another folder: `MoveRequest` → `MoveResponse` (new UIDs in `uidMap`). */
export const POST = route({ auth: true, body: MoveRequest }, ({ account, body }) => moveMessages(account, body));
