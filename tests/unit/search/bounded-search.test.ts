import type { ImapFlow } from 'imapflow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boundedSearch } from '@/lib/search/bounded-search';

/** Only close() is touched; the real connection's part is tests/integration/search-safety.test.ts. */
const fakeClient = () => ({ close: vi.fn() }) as unknown as ImapFlow & { close: ReturnType<typeof vi.fn> };

describe('boundedSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes the connection and answers SEARCH_TIMEOUT when the search runs past SEARCH_TIMEOUT_MS', async () => {
    const client = fakeClient();
    const result = boundedSearch(client, undefined, () => new Promise<never>(() => {})).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(client.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toMatchObject({ code: 'SEARCH_TIMEOUT' });
    expect(client.close).toHaveBeenCalledOnce();
  });

  it('answers a search that ends in time, and leaves its connection open', async () => {
    const client = fakeClient();
    await expect(boundedSearch(client, new AbortController().signal, async () => [3, 1])).resolves.toEqual([3, 1]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.close).not.toHaveBeenCalled();
  });

  it('closes at once for a browser that went away before the search began', async () => {
    const client = fakeClient();
    const gone = AbortSignal.abort();
    await expect(boundedSearch(client, gone, () => new Promise<never>(() => {}))).rejects.toMatchObject({
      message: 'The search was cancelled.',
    });
    expect(client.close).toHaveBeenCalledOnce();
  });
});
