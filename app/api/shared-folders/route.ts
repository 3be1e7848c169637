import { route } from '@/lib/http/route';
import { OpenSharedRequest } from '@/lib/schemas/sharing';
import { openSharedFolder } from '@/lib/sharing/open-shared-folder';

export const dynamic = 'force-dynamic';

/** Opens another user's folder by owner and name and keeps it in the folder list → `MailboxChangeResponse`. */
export const POST = route({ auth: true, body: OpenSharedRequest }, ({ account, body }) => openSharedFolder(account, body));
