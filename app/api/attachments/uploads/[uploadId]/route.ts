import { appendChunk } from '@/lib/attachments/append-chunk';
import { createdResponse } from '@/lib/http/created-response';
import { route } from '@/lib/http/route';
import { UploadParams } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** One chunk, in order, with Content-Range → `UploadProgress`; the last → 201 `StagedAttachment`; out of order → 409 + Upload-Offset. */
export const PUT = route({ auth: true, params: UploadParams, stream: true }, async ({ account, params, stream, headers }) => {
  const result = await appendChunk(account, params.uploadId, stream, headers);
  return result.complete ? createdResponse(result.attachment) : result.progress;
});
