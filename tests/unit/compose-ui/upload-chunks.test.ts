import { describe, expect, it } from 'vitest';
import { parseContentRange } from '@/lib/attachments/content-range';
import { ApiError } from '@/lib/client/api-error';
import {
  chunkAt,
  chunkBytesFor,
  contentRange,
  planChunks,
  readChunkReply,
  readStaged,
  readUploadStart,
  uploadStartRequest,
} from '@/lib/client/upload-chunks';

const MiB = 1024 * 1024;
const staged = { id: 'AbCdEfGhIjKlMnOpQrStUvWx', filename: 'report.pdf', size: 10 * MiB, contentType: 'application/pdf' };

function thrown(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  return expect.unreachable('the answer should have been refused');
}

describe('chunk plan', () => {
  it('sends nothing for an empty file and one byte-long chunk for a one-byte file', () => {
    expect(planChunks(0, 4)).toEqual([]);
    expect(planChunks(1, 4)).toEqual([{ start: 0, end: 1 }]);
  });

  it('splits an exact multiple into full chunks only', () => {
    expect(planChunks(8, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
    expect(planChunks(4, 4)).toEqual([{ start: 0, end: 4 }]);
  });

  it('ends with a short chunk for the remainder', () => {
    expect(planChunks(10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ]);
  });

  it('covers every byte exactly once, in order, whatever the sizes', () => {
    for (const [size, chunk] of [
      [9 * MiB + 17, 4 * MiB],
      [12 * MiB, 4 * MiB],
      [1000, 7],
    ] as const) {
      const ranges = planChunks(size, chunk);
      expect(ranges.at(0)?.start).toBe(0);
      expect(ranges.at(-1)?.end).toBe(size);
      for (const [index, range] of ranges.entries()) {
        expect(range.end - range.start).toBeGreaterThan(0);
        expect(range.end - range.start).toBeLessThanOrEqual(chunk);
        if (index > 0) expect(range.start).toBe(ranges[index - 1]?.end);
      }
    }
  });

  it('resumes at the offset the server names, even mid-chunk', () => {
    expect(planChunks(10, 4, 5)).toEqual([
      { start: 5, end: 9 },
      { start: 9, end: 10 },
    ]);
    expect(chunkAt(6, 10, 4)).toEqual({ start: 6, end: 10 });
    expect(chunkAt(10, 10, 4)).toBeNull();
    expect(planChunks(10, 4, 12)).toEqual([]);
  });

  it("takes the server's chunk size but never more than a capped host's request allows", () => {
    expect(chunkBytesFor(MiB)).toBe(MiB);
    expect(chunkBytesFor(16 * MiB)).toBe(4 * MiB);
  });
});

describe('Content-Range', () => {
  it('names the first and the inclusive last byte, and the whole size', () => {
    expect(contentRange({ start: 0, end: 4 }, 10)).toBe('bytes 0-3/10');
    expect(contentRange({ start: 8, end: 10 }, 10)).toBe('bytes 8-9/10');
    expect(contentRange({ start: 0, end: 1 }, 1)).toBe('bytes 0-0/1');
  });

  it("is read back by the server's parser as the same range", () => {
    const size = 9 * MiB + 3;
    for (const range of planChunks(size, 4 * MiB)) {
      expect(parseContentRange(contentRange(range, size))).toEqual({ start: range.start, end: range.end - 1, total: size });
    }
  });
});

describe('starting a chunked upload', () => {
  it("sends the browser's type when it has one, and leaves out an empty or over-long one", () => {
    expect(uploadStartRequest({ name: 'a.mp4', size: 5, type: 'video/mp4' })).toEqual({
      filename: 'a.mp4',
      size: 5,
      contentType: 'video/mp4',
    });
    expect(uploadStartRequest({ name: 'a', size: 5, type: '' })).toEqual({ filename: 'a', size: 5 });
    expect(uploadStartRequest({ name: 'a', size: 5, type: `x/${'y'.repeat(300)}` })).toEqual({ filename: 'a', size: 5 });
  });

  it('reads the upload id and chunk size, and refuses a chunk size of zero', () => {
    expect(readUploadStart(201, { id: 'u1', chunkBytes: 4 * MiB })).toEqual({ id: 'u1', chunkBytes: 4 * MiB });
    expect(thrown(() => readUploadStart(201, { id: 'u1', chunkBytes: 0 })).code).toBe('INTERNAL');
  });

  it('turns a refusal for size into PAYLOAD_TOO_LARGE with the server words kept for the console', () => {
    const body = { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Attachments can be at most 25 MB.' } };
    const error = thrown(() => readUploadStart(413, body));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.message).toBe('Attachments can be at most 25 MB.');
  });
});

describe('answers', () => {
  it('reads a staged attachment from a single upload', () => {
    expect(readStaged(201, staged)).toEqual(staged);
  });

  it('refuses a success whose body is not an attachment, as our own bug', () => {
    expect(thrown(() => readStaged(201, { ...staged, size: '10' })).code).toBe('INTERNAL');
    expect(thrown(() => readStaged(201, null)).code).toBe('INTERNAL');
  });

  it('keeps the code of an error envelope, and reads a lost session without one as AUTH_REQUIRED', () => {
    expect(thrown(() => readStaged(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'big' } })).code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(thrown(() => readStaged(401, null)).code).toBe('AUTH_REQUIRED');
    expect(thrown(() => readStaged(502, '<html>Bad gateway</html>')).code).toBe('INTERNAL');
  });

  it('tells a last chunk (the attachment) from one that was not (how much arrived)', () => {
    expect(readChunkReply(201, staged)).toEqual({ kind: 'staged', attachment: staged });
    expect(readChunkReply(200, { id: staged.id, received: 4 * MiB })).toEqual({ kind: 'received', received: 4 * MiB });
    expect(thrown(() => readChunkReply(200, { id: staged.id, received: -1 })).code).toBe('INTERNAL');
  });

  it('resumes at the offset of a CONFLICT envelope', () => {
    const body = { error: { code: 'CONFLICT', message: 'The upload continues at byte 100.', offset: 100 } };
    expect(readChunkReply(409, body)).toEqual({ kind: 'resume', offset: 100 });
    expect(readChunkReply(409, { error: { code: 'CONFLICT', message: 'complete', offset: 0 } })).toEqual({
      kind: 'resume',
      offset: 0,
    });
  });

  it('fails on a CONFLICT with no usable offset, and on any other error', () => {
    const busy = { error: { code: 'CONFLICT', message: 'Another chunk of this upload is still arriving.' } };
    expect(thrown(() => readChunkReply(409, busy)).code).toBe('CONFLICT');
    expect(thrown(() => readChunkReply(409, { error: { code: 'CONFLICT', message: 'x', offset: '100' } })).code).toBe('CONFLICT');
    expect(thrown(() => readChunkReply(409, { error: { code: 'CONFLICT', message: 'x', offset: -1 } })).code).toBe('CONFLICT');
    const gone = thrown(() => readChunkReply(404, { error: { code: 'NOT_FOUND', message: 'This attachment is gone.' } }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.details).toEqual({});
  });
});
