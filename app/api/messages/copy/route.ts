import { route } from '@/lib/http/route';
import { copyMessages } from '@/lib/imap/copy-messages';
import { MoveRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Copies messages to another folder: `MoveRequest` → `MoveResponse` (the copies' UIDs in `uidMap`). */
export const POST = route({ auth: true, body: MoveRequest }, ({ account, body }) => copyMessages(account, body));
