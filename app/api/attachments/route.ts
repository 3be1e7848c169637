import { stageMultipart } from '@/lib/attachments/stage-multipart';
import { createdResponse } from '@/lib/http/created-response';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Stages one file, streamed to disk: multipart/form-data with the field `file` → 201 `StagedAttachment`. */
export const POST = route({ auth: true, stream: true }, async ({ account, stream, headers }) =>
  createdResponse(await stageMultipart(account, stream, headers)),
);
