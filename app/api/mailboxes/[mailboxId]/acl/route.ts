import { route } from '@/lib/http/route';
import { MailboxParams } from '@/lib/http/route-params';
import { readSharing } from '@/lib/sharing/read-sharing';

export const dynamic = 'force-dynamic';

/** Who the folder is shared with (needs the `a` right) → `AclResponse`. */
export const GET = route({ auth: true, params: MailboxParams }, ({ account, params }) =>
  readSharing(account, params.mailboxId.path),
);
