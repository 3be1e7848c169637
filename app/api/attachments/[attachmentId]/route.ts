import { deleteStaged } from '@/lib/attachments/release-staged';
import { route } from '@/lib/http/route';
import { AttachmentParams } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** Removes a staged attachment or an unfinished upload (the compose view's remove button) → 204. */
export const DELETE = route({ auth: true, params: AttachmentParams }, async ({ account, params }) => {
  await deleteStaged(account, params.attachmentId);
  return new Response(null, { status: 204 });
});
