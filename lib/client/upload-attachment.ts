import { apiPaths } from '@/lib/api-paths';
import { ApiError } from '@/lib/client/api-error';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import {
  type ChunkRange,
  chunkAt,
  chunkBytesFor,
  contentRange,
  readChunkReply,
  readStaged,
  readUploadStart,
  SINGLE_REQUEST_MAX_BYTES,
  uploadStartRequest,
} from './upload-chunks';

export { SINGLE_REQUEST_MAX_BYTES };

export interface UploadOptions {
  /** Bytes of the file sent so far, framing not counted; called often, so throttle before rendering. */
  onProgress: (sentBytes: number) => void;
  signal?: AbortSignal;
}

/** 409s in a row without a chunk accepted before the upload gives up, so a confused server cannot loop us forever. */
const MAX_CONFLICTS = 3;

/**
 * Stages a file for a message. XMLHttpRequest, not fetch: only it reports upload progress.
 * Fails with an ApiError (OFFLINE when no answer came), or a DOMException AbortError once `signal` aborts.
 */
export async function uploadAttachment(file: File, options: UploadOptions): Promise<StagedAttachment> {
  if (options.signal?.aborted) throw aborted();
  return file.size <= SINGLE_REQUEST_MAX_BYTES ? uploadWhole(file, options) : uploadInChunks(file, options);
}

/** Removes a staged file or an unfinished upload. Failures are ignored: the server's sweeper removes it after its TTL anyway. */
export async function removeAttachment(id: string): Promise<void> {
  await fetch(apiPaths.attachment(id), { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
}

async function uploadWhole(file: File, { onProgress, signal }: UploadOptions): Promise<StagedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  // The browser counts the form's boundaries too: scaled back to the file's own bytes.
  const progress = (loaded: number, total: number) => onProgress(Math.min(file.size, Math.round((loaded / total) * file.size)));
  const reply = await send('POST', apiPaths.attachments(), form, { signal, progress });
  const staged = readStaged(reply.status, reply.body);
  onProgress(file.size);
  return staged;
}

async function uploadInChunks(file: File, options: UploadOptions): Promise<StagedAttachment> {
  const body = JSON.stringify(uploadStartRequest(file));
  const headers = { 'Content-Type': 'application/json' };
  const start = await send('POST', apiPaths.uploads(), body, { signal: options.signal, headers });
  const { id, chunkBytes } = readUploadStart(start.status, start.body);
  try {
    return await sendChunks(file, id, chunkBytesFor(chunkBytes), options);
  } catch (error) {
    // An unfinished upload counts against the account's room until its TTL: give that back now.
    void removeAttachment(id);
    throw error;
  }
}

/** Sequential PUTs from where the server says the upload stands; one resend of a chunk lost to the network. */
async function sendChunks(file: File, id: string, chunkBytes: number, { onProgress, signal }: UploadOptions) {
  let offset = 0;
  let conflicts = 0;
  let resentAt = -1;
  for (let range = chunkAt(offset, file.size, chunkBytes); range; range = chunkAt(offset, file.size, chunkBytes)) {
    let reply: Reply;
    try {
      reply = await sendChunk(file, id, range, { signal, progress: (loaded) => onProgress(offset + loaded) });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'OFFLINE') || resentAt === offset) throw error;
      // If the lost chunk did arrive, the resend meets a 409 that names the offset after it.
      resentAt = offset;
      continue;
    }
    const answer = readChunkReply(reply.status, reply.body);
    if (answer.kind === 'staged') {
      onProgress(file.size);
      return answer.attachment;
    }
    if (answer.kind === 'resume' && (++conflicts > MAX_CONFLICTS || answer.offset > file.size)) throw new ApiError('CONFLICT');
    if (answer.kind === 'received') conflicts = 0;
    offset = answer.kind === 'received' ? answer.received : answer.offset;
    onProgress(offset);
  }
  return completedEarlier(file, id);
}

/**
 * A 409 at the very end: an earlier try of the last chunk completed the upload but its answer was
 * lost, and the server does not repeat the attachment. The id (all a send uses) is exact; the
 * name and type are the browser's, which the server may have cleaned slightly.
 */
function completedEarlier(file: File, id: string): StagedAttachment {
  return { id, filename: file.name, size: file.size, contentType: file.type || 'application/octet-stream' };
}

function sendChunk(file: File, id: string, range: ChunkRange, options: SendOptions): Promise<Reply> {
  const headers = { 'Content-Range': contentRange(range, file.size), 'Content-Type': 'application/octet-stream' };
  return send('PUT', apiPaths.upload(id), file.slice(range.start, range.end), { ...options, headers });
}

interface Reply {
  status: number;
  body: unknown;
}

interface SendOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  progress?: (loaded: number, total: number) => void;
}

/** One request: any answer resolves (its status decides), no answer is OFFLINE, an abort is an AbortError. */
function send(method: string, url: string, body: XMLHttpRequestBodyInit, options: SendOptions): Promise<Reply> {
  const { signal, headers = {}, progress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (progress) xhr.upload.onprogress = (event) => event.lengthComputable && progress(event.loaded, event.total);
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = (done: () => void) => () => {
      signal?.removeEventListener('abort', abort);
      done();
    };
    xhr.onload = settle(() => resolve({ status: xhr.status, body: xhr.response }));
    xhr.onerror = settle(() => reject(new ApiError('OFFLINE')));
    xhr.onabort = settle(() => reject(aborted()));
    xhr.send(body);
  });
}

function aborted(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError');
}
