import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import type { AttachmentConfig } from '@/lib/attachments/attachment-config';
import { stopSweepers } from '@/lib/attachments/sweep-expired';
import type { Account } from '@/lib/session/account';

export const KiB = 1024;
export const MiB = 1024 * KiB;

export const alice: Account = { sessionId: 'a1', user: 'alice', password: 'pw', host: 'imap.test', port: 993, tls: 'true' };
/** Alice signed in a second time (another device): a new session of the same account. */
export const aliceElsewhere: Account = { ...alice, sessionId: 'a2', host: 'IMAP.test' };
export const mallory: Account = { ...alice, sessionId: 'm1', user: 'mallory' };

const roots: string[] = [];

/** A fresh store in its own temp folder; `dir` does not exist yet, as on a first start. */
export async function tempStore(overrides: Partial<AttachmentConfig> = {}): Promise<AttachmentConfig> {
  const root = await mkdtemp(join(tmpdir(), 'letterbox-attachments-test-'));
  roots.push(root);
  return {
    dir: join(root, 'store'),
    maxBytes: MiB,
    accountMaxBytes: 4 * MiB,
    ttlMs: 60_000,
    chunkBytes: 256 * KiB,
    now: Date.now,
    ...overrides,
  };
}

export async function removeTempStores(): Promise<void> {
  stopSweepers();
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Every file under `dir`, as paths relative to it (folders left out). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Everything in the temp folder around the store, to prove nothing was written beside it. */
export const filesAround = (config: AttachmentConfig) => filesUnder(dirname(config.dir));

/** `total` random bytes in chunks of `size`, made as they are asked for. */
export function* randomChunks(total: number, size = 64 * KiB): Generator<Uint8Array> {
  for (let left = total; left > 0; left -= size) yield randomBytes(Math.min(size, left));
}

/** A stream over `chunks` that produces each only when read, and counts what it gave out. */
export function countingStream(chunks: Iterable<Uint8Array>) {
  const iterator = chunks[Symbol.iterator]();
  const seen = createHash('sha256');
  const counts = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = iterator.next();
        if (next.done) return controller.close();
        counts.pulled += next.value.byteLength;
        seen.update(next.value);
        controller.enqueue(next.value);
      },
      cancel() {
        counts.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counts, digest: () => seen.copy().digest('hex') };
}

export const BOUNDARY = 'letterbox-test-7MA4YWxkTrZu0gW';
export const FORM_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export interface FormPart {
  name: string;
  /** Sent as `filename="…"`. */
  filename?: string;
  /** Sent as RFC 5987 `filename*=UTF-8''…`, which can carry CR, LF and NUL. */
  filenameStar?: string;
  contentType?: string;
  data: Iterable<Uint8Array>;
}

/** A multipart/form-data body (RFC 7578), part by part; `close: false` leaves off the final boundary. */
export function* formBody(parts: FormPart[], { close = true } = {}): Generator<Uint8Array> {
  for (const part of parts) {
    let disposition = `form-data; name="${part.name}"`;
    if (part.filename !== undefined) disposition += `; filename="${part.filename}"`;
    if (part.filenameStar !== undefined) disposition += `; filename*=UTF-8''${encodeURIComponent(part.filenameStar)}`;
    const type = part.contentType === undefined ? '' : `Content-Type: ${part.contentType}\r\n`;
    yield Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`);
    yield* part.data;
    yield Buffer.from('\r\n');
  }
  if (close) yield Buffer.from(`--${BOUNDARY}--\r\n`);
}

/** A real Request around the body, as the route hands it over (`stream: true` gives lib/ `request.body`). */
export function upload(body: ReadableStream<Uint8Array>, headers: Record<string, string>, method = 'POST') {
  const request = new Request('http://localhost/api/attachments', { method, body, headers, duplex: 'half' } as RequestInit);
  if (!request.body) throw new Error('no body');
  return { body: request.body, headers: request.headers };
}

export function sha256(chunks: Iterable<Uint8Array>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

export async function streamSha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
