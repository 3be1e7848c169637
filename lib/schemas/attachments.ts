import { z } from 'zod';

/** An uploaded file waiting in the staging store for a send (POST /api/attachments, the last chunk of an upload). */
export const StagedAttachment = z.object({
  /** Opaque and unguessable; only the account that uploaded it can use it. */
  id: z.string(),
  /** The user's name for the file, for display and for the message: never a path on the server. */
  filename: z.string(),
  size: z.number().int().min(0),
  /** `type/subtype`; application/octet-stream when the browser's guess was unusable. */
  contentType: z.string(),
});
export type StagedAttachment = z.infer<typeof StagedAttachment>;

/** Starts a chunked upload (hosts that cap request bodies): what the file will be. */
export const CreateUploadRequest = z.strictObject({
  filename: z.string().min(1).max(1024),
  size: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  contentType: z.string().max(255).optional(),
});
export type CreateUploadRequest = z.infer<typeof CreateUploadRequest>;

export const CreateUploadResponse = z.object({
  /** The upload's id, which the attachment keeps once complete. */
  id: z.string(),
  /** The largest chunk the server takes in one PUT. */
  chunkBytes: z.number().int().positive(),
});
export type CreateUploadResponse = z.infer<typeof CreateUploadResponse>;

/** A chunk that was not the last: where the next one starts. */
export const UploadProgress = z.object({ id: z.string(), received: z.number().int().min(0) });
export type UploadProgress = z.infer<typeof UploadProgress>;
