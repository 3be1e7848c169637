import { route } from '@/lib/http/route';
import { MailboxParams } from '@/lib/http/route-params';
import { readRoster } from '@/lib/sharing/team-roster';

export const dynamic = 'force-dynamic';

/** Who works in a shared folder → `RosterResponse` (for "Assign to…"). */
export const GET = route({ auth: true, params: MailboxParams }, ({ account, params }) =>
  readRoster(account, params.mailboxId.path),
);
