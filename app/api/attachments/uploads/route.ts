import { createUpload } from '@/lib/attachments/create-upload';
import { createdResponse } from '@/lib/http/created-response';
import { route } from '@/lib/http/route';
import { CreateUploadRequest } from '@/lib/schemas/attachments';

export const dynamic = 'force-dynamic';

/** Starts a chunked upload (the protocol: lib/attachments/create-upload.ts): `CreateUploadRequest` → 201 `CreateUploadResponse`. */
export const POST = route({ auth: true, body: CreateUploadRequest }, async ({ account, body }) =>
  createdResponse(await createUpload(account, body)),
);
