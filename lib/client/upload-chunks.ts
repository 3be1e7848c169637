import { toApiError } from '@/lib/client/api';
import { ApiError } from '@/lib/client/api-error';
import type { CreateUploadRequest, CreateUploadResponse, StagedAttachment } from '@/lib/schemas/attachments';

/**
 * The pure half of the upload client (upload-attachment.ts): which bytes go in which request,
 * and what each answer means. The server's side of the protocol is lib/attachments/create-upload.ts.
 */

/**
 * Vercel refuses a request body over 4.5 MB before Letterbox sees it; 4 MiB leaves room for a
 * form's framing and the headers. Files up to this go in one POST, larger ones in chunks of at most this.
 */
export const SINGLE_REQUEST_MAX_BYTES = 4 * 1024 * 1024;

/** The schema's cap on `contentType` (lib/schemas/attachments.ts): a longer guess would fail the whole upload. */
const MAX_CONTENT_TYPE = 255;

/** A slice of the file; `end` is exclusive, as in Blob.slice. */
export interface ChunkRange {
  start: number;
  end: number;
}

/** The server's chunk size, but never more than one request may carry on a capped host. */
export function chunkBytesFor(serverChunkBytes: number): number {
  return Math.min(serverChunkBytes, SINGLE_REQUEST_MAX_BYTES);
}

/** The chunk that starts at `offset`, or null when the file is all sent. */
export function chunkAt(offset: number, size: number, chunkBytes: number): ChunkRange | null {
  if (offset >= size) return null;
  return { start: offset, end: Math.min(offset + chunkBytes, size) };
}

/** Every chunk from `from` on, in order: the plan a run without conflicts follows. */
export function planChunks(size: number, chunkBytes: number, from = 0): ChunkRange[] {
  const ranges: ChunkRange[] = [];
  for (let range = chunkAt(from, size, chunkBytes); range; range = chunkAt(range.end, size, chunkBytes)) ranges.push(range);
  return ranges;
}

/** RFC 9110 §14.4 `Content-Range: bytes first-last/complete`: `last` is inclusive there. */
export function contentRange(range: ChunkRange, total: number): string {
  return `bytes ${range.start}-${range.end - 1}/${total}`;
}

/** What starts a chunked upload. The browser's type guess is left out when the schema would refuse it: the server then says octet-stream. */
export function uploadStartRequest(file: { name: string; size: number; type: string }): CreateUploadRequest {
  const typed = file.type !== '' && file.type.length <= MAX_CONTENT_TYPE;
  return { filename: file.name, size: file.size, ...(typed ? { contentType: file.type } : {}) };
}

export type ChunkReply =
  | { kind: 'staged'; attachment: StagedAttachment }
  | { kind: 'received'; received: number }
  /** 409 CONFLICT with the offset the upload really stands at: go on from there. */
  | { kind: 'resume'; offset: number };

/** The staged attachment a 2xx answer carries, or throws the ApiError the answer means. */
export function readStaged(status: number, body: unknown): StagedAttachment {
  if (!ok(status)) throw toApiError(status, body);
  if (isStaged(body)) return body;
  throw malformed();
}

/** The answer to starting a chunked upload, or throws the ApiError it means. */
export function readUploadStart(status: number, body: unknown): CreateUploadResponse {
  if (!ok(status)) throw toApiError(status, body);
  if (isRecord(body) && typeof body.id === 'string' && isCount(body.chunkBytes) && body.chunkBytes > 0) {
    return { id: body.id, chunkBytes: body.chunkBytes };
  }
  throw malformed();
}

/** The answer to one chunk: done, accepted, or where to resume; any other failure is thrown as its ApiError. */
export function readChunkReply(status: number, body: unknown): ChunkReply {
  if (ok(status)) {
    if (isStaged(body)) return { kind: 'staged', attachment: body };
    if (isRecord(body) && typeof body.id === 'string' && isCount(body.received))
      return { kind: 'received', received: body.received };
    throw malformed();
  }
  const error = toApiError(status, body);
  // A CONFLICT without an offset (another chunk of the upload still arriving) has nowhere to resume.
  if (error.code === 'CONFLICT' && error.details.offset !== undefined) return { kind: 'resume', offset: error.details.offset };
  throw error;
}

const ok = (status: number) => status >= 200 && status < 300;
/** A success whose body is not what the API promises is our bug, not the user's. */
const malformed = () => new ApiError('INTERNAL', 'The upload answer was not understood.');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The shape of StagedAttachment, restated without zod (the browser never loads it: tests/unit/guards). */
function isStaged(value: unknown): value is StagedAttachment {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.filename === 'string' &&
    isCount(value.size) &&
    typeof value.contentType === 'string'
  );
}
