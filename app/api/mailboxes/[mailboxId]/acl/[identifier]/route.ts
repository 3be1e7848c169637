import { route } from '@/lib/http/route';
import { AclEntryParams } from '@/lib/http/route-params';
import { SetAclRequest } from '@/lib/schemas/sharing';
import { changeSharing } from '@/lib/sharing/change-sharing';

export const dynamic = 'force-dynamic';

/** Grants the identifier exactly `{ rights }` (SETACL) → the folder's `AclResponse` after it. */
export const PUT = route({ auth: true, params: AclEntryParams, body: SetAclRequest }, ({ account, params, body }) =>
  changeSharing(account, params.mailboxId.path, params.identifier, body.rights),
);

/** Removes the identifier's entry (DELETEACL) → the folder's `AclResponse` after it. */
export const DELETE = route({ auth: true, params: AclEntryParams }, ({ account, params }) =>
  changeSharing(account, params.mailboxId.path, params.identifier, null),
);
