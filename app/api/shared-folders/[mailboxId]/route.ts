import { route } from '@/lib/http/route';
import { MailboxParams } from '@/lib/http/route-params';
import { forgetSharedFolder } from '@/lib/sharing/open-shared-folder';

export const dynamic = 'force-dynamic';

/** Takes a folder opened by name off the folder list → 204. */
export const DELETE = route({ auth: true, params: MailboxParams }, async ({ account, params }) => {
  await forgetSharedFolder(account, params.mailboxId.path);
  return new Response(null, { status: 204 });
});
