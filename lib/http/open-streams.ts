import 'server-only';

/** What shutdown needs of an open stream (event-stream.ts). */
interface Endable {
  end(reason: 'shutdown'): void;
}

/**
 * Every open event stream of this process, on globalThis (route bundles may load this module
 * more than once): `next start` waits for open responses on SIGTERM, so shutdown ends them
 * first (STACK.md trap 2), and each browser resumes on another process by Last-Event-ID.
 */
const holder = globalThis as typeof globalThis & { __letterboxOpenStreams?: Set<Endable> };

export function openStreams(): Set<Endable> {
  holder.__letterboxOpenStreams ??= new Set();
  return holder.__letterboxOpenStreams;
}

export function endAllStreams(): void {
  for (const stream of [...openStreams()]) stream.end('shutdown');
}
