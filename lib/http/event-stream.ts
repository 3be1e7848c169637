import 'server-only';
import { openStreams } from './open-streams';

/** One Server-Sent Event. `data` is sent as one line of JSON (JSON escapes every newline). */
export interface StreamEvent {
  event: string;
  /** Becomes the browser's Last-Event-ID when it reconnects (HTML Living Standard, §9.2). */
  id?: string;
  data: unknown;
}

/** Why a stream ended, for the owner's cleanup and the log. */
export type StreamEnd = 'closed' | 'client-gone' | 'slow-client' | 'shutdown';

export interface EventStreamOptions {
  /** The request's signal: the browser went away. */
  signal?: AbortSignal;
  /** A comment this often keeps proxies and NATs from timing the stream out (STACK.md trap 3). */
  heartbeatMs?: number;
  /** EventSource's wait before reconnecting, sent once as `retry:`. */
  retryMs?: number;
  /** Events queued for a reader that does not read: beyond this the stream ends and the browser resumes by Last-Event-ID. */
  maxBacklog?: number;
  /** Called exactly once, whichever way the stream ends. */
  onEnd?: (reason: StreamEnd) => void;
}

export interface EventStream {
  response: Response;
  /** Queues an event; false once the stream has ended (nothing is sent then). */
  send(event: StreamEvent): boolean;
  /** Ends the stream; idempotent. */
  end(reason?: StreamEnd): void;
  readonly ended: boolean;
}

const encoder = new TextEncoder();

export function formatEvent({ event, id, data }: StreamEvent): string {
  // An id with a newline or NUL would end the field early or be ignored (§9.2.6): ids are ours, never user text.
  if (id !== undefined && /[\r\n\0]/.test(id)) throw new Error('event id must be one line');
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * A `text/event-stream` response and the handle that feeds it. The first bytes (a comment and
 * `retry:`) leave at once, so proxies commit to streaming; `no-transform` keeps Next's gzip
 * and any proxy's buffering away from it, as does `X-Accel-Buffering: no` for nginx. The
 * backlog is counted in events (a CountQueuingStrategy), so a stalled browser costs at most
 * `maxBacklog` events of memory before it is dropped.
 */
export function openEventStream(options: EventStreamOptions = {}): EventStream {
  const { signal, heartbeatMs = 20_000, retryMs = 2_000, maxBacklog = 500 } = options;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let ended = false;

  const write = (text: string) => controller?.enqueue(encoder.encode(text));
  // Events and keep-alives alike wait in the queue: a reader that takes none of them is dropped.
  const push = (text: string): boolean => {
    if (ended) return false;
    if ((controller?.desiredSize ?? 0) <= 0) {
      end('slow-client');
      return false;
    }
    write(text);
    return true;
  };
  const end = (reason: StreamEnd = 'closed') => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    signal?.removeEventListener('abort', onAbort);
    openStreams().delete(handle);
    try {
      controller?.close();
    } catch {
      // Already cancelled by the reader.
    }
    options.onEnd?.(reason);
  };
  const onAbort = () => end('client-gone');

  const body = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        write(`: connected\nretry: ${retryMs}\n\n`);
      },
      cancel: () => end('client-gone'),
    },
    new CountQueuingStrategy({ highWaterMark: maxBacklog }),
  );

  const handle: EventStream = {
    response: new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    }),
    send: (event) => push(formatEvent(event)),
    end,
    get ended() {
      return ended;
    },
  };

  if (signal?.aborted) end('client-gone');
  else {
    signal?.addEventListener('abort', onAbort, { once: true });
    heartbeat = setInterval(() => push(': keep-alive\n\n'), heartbeatMs);
    heartbeat.unref();
    openStreams().add(handle);
  }
  return handle;
}
