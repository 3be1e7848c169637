import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendChunk } from '@/lib/attachments/append-chunk';
import type { AttachmentConfig } from '@/lib/attachments/attachment-config';
import { createUpload } from '@/lib/attachments/create-upload';
import { openStaged } from '@/lib/attachments/open-staged';
import { AppError } from '@/lib/errors/app-error';
import {
  alice,
  countingStream,
  filesAround,
  KiB,
  MiB,
  randomChunks,
  removeTempStores,
  sha256,
  streamSha256,
  tempStore,
  upload,
} from './support';

afterEach(removeTempStores);

/** PUTs `bytes` as the chunk at `start` of an upload of `total` bytes, through a real Request. */
function put(config: AttachmentConfig, id: string, bytes: Uint8Array, start: number, total: number, range?: string) {
  const source = countingStream(randomChunksOf(bytes));
  const request = upload(
    source.stream,
    { 'content-range': range ?? `bytes ${start}-${start + bytes.length - 1}/${total}` },
    'PUT',
  );
  return { source, result: appendChunk(alice, id, request.body, request.headers, config) };
}

function* randomChunksOf(bytes: Uint8Array, size = 16 * KiB): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function conflict(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: 'CONFLICT' });
  return error as AppError;
}

describe('chunked upload', () => {
  it('completes with chunks in order, byte for byte', async () => {
    const config = await tempStore({ chunkBytes: 256 * KiB });
    const file = randomBytes(700 * KiB);
    const started = await createUpload(alice, { filename: 'big.bin', size: file.length, contentType: 'video/mp4' }, config);
    expect(started).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), chunkBytes: 256 * KiB });

    const results = [];
    for (let start = 0; start < file.length; start += 256 * KiB) {
      results.push(await put(config, started.id, file.subarray(start, start + 256 * KiB), start, file.length).result);
    }

    expect(results.map((result) => (result.complete ? 'done' : result.progress.received))).toEqual([
      256 * KiB,
      512 * KiB,
      'done',
    ]);
    expect(results.at(-1)).toEqual({
      complete: true,
      attachment: { id: started.id, filename: 'big.bin', size: file.length, contentType: 'video/mp4' },
    });
    expect(await streamSha256((await openStaged(alice, started.id, config)).stream())).toBe(sha256([file]));
  });

  it('answers a chunk at the wrong offset with CONFLICT and the offset it expects, then goes on', async () => {
    const config = await tempStore({ chunkBytes: 100 });
    const file = randomBytes(250);
    const { id } = await createUpload(alice, { filename: 'a.bin', size: 250 }, config);
    await put(config, id, file.subarray(0, 100), 0, 250).result;

    const ahead = await conflict(put(config, id, file.subarray(200), 200, 250).result);
    expect(ahead.headers).toEqual({ 'Upload-Offset': '100' });
    expect(ahead.message).toContain('byte 100');
    const again = await conflict(put(config, id, file.subarray(0, 100), 0, 250).result);
    expect(again.headers).toEqual({ 'Upload-Offset': '100' });

    await put(config, id, file.subarray(100, 200), 100, 250).result;
    await expect(put(config, id, file.subarray(200), 200, 250).result).resolves.toMatchObject({ complete: true });
    expect(await streamSha256((await openStaged(alice, id, config)).stream())).toBe(sha256([file]));
    const done = await conflict(put(config, id, file.subarray(200), 200, 250).result);
    expect(done.headers).toEqual({ 'Upload-Offset': '250' });
  });

  it('refuses a body longer than its range with 413, stops reading, and keeps the upload where it was', async () => {
    const config = await tempStore({ chunkBytes: 64 * KiB });
    const file = randomBytes(100 * KiB);
    const { id } = await createUpload(alice, { filename: 'a.bin', size: file.length }, config);
    // The range says 32 KiB; the body goes on for 1 MiB.
    const source = countingStream(randomChunks(MiB, 16 * KiB));
    const request = upload(source.stream, { 'content-range': `bytes 0-${32 * KiB - 1}/${file.length}` }, 'PUT');

    await expect(appendChunk(alice, id, request.body, request.headers, config)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(source.counts.pulled).toBe(48 * KiB);

    await put(config, id, file.subarray(0, 64 * KiB), 0, file.length).result;
    await put(config, id, file.subarray(64 * KiB), 64 * KiB, file.length).result;
    expect(await streamSha256((await openStaged(alice, id, config)).stream())).toBe(sha256([file]));
  });

  it('refuses a body shorter than its range with 400, and keeps the upload where it was', async () => {
    const config = await tempStore();
    const file = randomBytes(1000);
    const { id } = await createUpload(alice, { filename: 'a.bin', size: 1000 }, config);

    await expect(put(config, id, file.subarray(0, 400), 0, 1000, 'bytes 0-499/1000').result).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(put(config, id, file, 0, 1000).result).resolves.toMatchObject({ complete: true });
  });

  it.each([
    ['no Content-Range', '', 'BAD_REQUEST'],
    ['a range of another total', 'bytes 0-99/2000', 'BAD_REQUEST'],
    ['a range past the end', 'bytes 900-1000/1000', 'BAD_REQUEST'],
    ['an unsatisfied range', 'bytes */1000', 'BAD_REQUEST'],
    ['a chunk over chunkBytes', 'bytes 0-999/1000', 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s', async (_name, range, code) => {
    const config = await tempStore({ chunkBytes: 500 });
    const { id } = await createUpload(alice, { filename: 'a.bin', size: 1000 }, config);
    const request = upload(countingStream([randomBytes(100)]).stream, range ? { 'content-range': range } : {}, 'PUT');

    await expect(appendChunk(alice, id, request.body, request.headers, config)).rejects.toMatchObject({ code });
  });

  it('checks the declared size against the limits before any byte is sent', async () => {
    const config = await tempStore({ maxBytes: MiB, accountMaxBytes: 1.5 * MiB });

    await expect(createUpload(alice, { filename: 'a.bin', size: MiB + 1 }, config)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Attachments can be at most 1 MB.',
    });
    expect(await filesAround(config)).toEqual([]);
    // The declared size is reserved: a second upload that would pass the account's total is refused.
    await createUpload(alice, { filename: 'a.bin', size: MiB }, config);
    await expect(createUpload(alice, { filename: 'b.bin', size: MiB }, config)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('in all'),
    });
  });

  it('is not an attachment until its last byte is in', async () => {
    const config = await tempStore();
    const { id } = await createUpload(alice, { filename: 'a.bin', size: 1000 }, config);
    await put(config, id, randomBytes(999), 0, 1000).result;

    await expect(openStaged(alice, id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a nameless file', async () => {
    const config = await tempStore();
    await expect(createUpload(alice, { filename: '../\r\n', size: 10 }, config)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
