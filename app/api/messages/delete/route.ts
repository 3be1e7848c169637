import { route } from '@/lib/http/route';
import { deleteMessages } from '@/lib/imap/delete-messages';
import { DeleteRequest } from '@/lib/schemas/move';

export const dynamic = 'force-dynamic';

/** Moves messages to Trash, or in Trash with `permanent: true` expunges them: `DeleteRequest` → `MoveResponse`. */
export const POST = route({ auth: true, body: DeleteRequest }, ({ account, body }) => deleteMessages(account, body));
