import 'server-only';

interface StagingState {
  /** Multipart uploads this process is writing: bytes so far, by account folder, then id. */
  writing: Map<string, Map<string, number>>;
  /** Chunked uploads with a chunk arriving here (`folder/id`): a second chunk at once is a CONFLICT. */
  appending: Set<string>;
  /** One expiry timer per store root. */
  sweepers: Map<string, NodeJS.Timeout>;
}

/** On globalThis, like the pool (STACK.md trap 4): route bundles may load this module more than once. */
const holder = globalThis as typeof globalThis & { __letterboxStaging?: StagingState };

export function stagingState(): StagingState {
  holder.__letterboxStaging ??= { writing: new Map(), appending: new Set(), sweepers: new Map() };
  return holder.__letterboxStaging;
}

/** Registers a multipart upload in progress, so the account's total sees its bytes as they arrive. */
export function trackWriting(dir: string, id: string): { set(bytes: number): void; done(): void } {
  const { writing } = stagingState();
  const uploads = writing.get(dir) ?? new Map<string, number>();
  writing.set(dir, uploads.set(id, 0));
  return {
    set: (bytes) => uploads.set(id, bytes),
    done: () => {
      uploads.delete(id);
      if (uploads.size === 0 && writing.get(dir) === uploads) writing.delete(dir);
    },
  };
}

export function writingBytes(dir: string): number {
  let total = 0;
  for (const bytes of stagingState().writing.get(dir)?.values() ?? []) total += bytes;
  return total;
}

/** Held while a chunk is written; false when another chunk of the same upload holds it. */
export function lockAppend(dir: string, id: string): (() => void) | null {
  const { appending } = stagingState();
  const key = `${dir}/${id}`;
  if (appending.has(key)) return null;
  appending.add(key);
  return () => appending.delete(key);
}

/** Files of an upload being written here are not the sweeper's to remove, however old their first byte. */
export function isBusy(dir: string, id: string): boolean {
  const state = stagingState();
  return (state.writing.get(dir)?.has(id) ?? false) || state.appending.has(`${dir}/${id}`);
}
