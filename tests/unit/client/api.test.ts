import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/client/api';
import { ApiError } from '@/lib/client/api-error';

function failFetch(error: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(error)),
  );
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the request should have failed'),
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client failures', () => {
  it('reports a fetch that never got a response as OFFLINE, not as the mail server being down', async () => {
    failFetch(new TypeError('Failed to fetch'));
    const error = await caught(api.listMailboxes());
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('OFFLINE');
    expect((error as ApiError).status).toBe(0);
  });

  it('reports OFFLINE whatever fetch threw while the browser says it is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    failFetch(new Error('something else'));
    expect(((await caught(api.getSession())) as ApiError).code).toBe('OFFLINE');
  });

  it('passes an abort through untouched, so a cancelled query is not an error to show', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    failFetch(abort);
    expect(await caught(api.getSettings())).toBe(abort);
  });

  it('keeps the server code, IMAP_UNAVAILABLE included, from the envelope', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: { code: 'IMAP_UNAVAILABLE', message: 'down' } }, { status: 502 })),
    );
    const error = (await caught(api.listMailboxes())) as ApiError;
    expect(error.code).toBe('IMAP_UNAVAILABLE');
    expect(error.status).toBe(502);
  });
});
