import { describe, expect, it } from 'vitest';
import { readJson } from '@/lib/http/read-json';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readJson', () => {
  it('parses a body within the limit', async () => {
    await expect(readJson(post('{"a":1}'), 100)).resolves.toEqual({ a: 1 });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    await expect(readJson(post('{}', { 'content-length': '5000' }), 100)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a streamed body that grows past the limit without a Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64).fill(32));
      },
    });
    await expect(readJson(post(stream), 1000)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('reports invalid JSON as BAD_REQUEST', async () => {
    await expect(readJson(post('{nope'), 100)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
