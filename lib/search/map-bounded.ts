/**
 * `work` over every item, at most `limit` at a time, results in the items' order. The folders
 * of an all-folders search share the session's few pooled connections (IMAP_POOL_PER_SESSION):
 * starting them all at once would only queue them in the pool, where a long wait turns into
 * IMAP_BUSY. Once `signal` aborts, nothing more is started.
 */
export async function mapBounded<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<Result>,
  signal?: AbortSignal,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      results[index] = await work(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
