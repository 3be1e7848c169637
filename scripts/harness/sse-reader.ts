/** One Server-Sent Event as a browser's EventSource would hand it over, with the last id it would resend. */
export interface ReadEvent {
  event: string;
  data: unknown;
  /** The stream's last event id after this event (HTML Living Standard §9.2.6: it persists until another `id:`). */
  lastId: string | undefined;
}

export interface EventReader {
  readonly events: ReadEvent[];
  /** Waits for the next event (after those already taken) that matches; fails after `timeoutMs`. */
  next(match?: (event: ReadEvent) => boolean, timeoutMs?: number): Promise<ReadEvent>;
  /** Everything received so far that no next() took. */
  rest(): ReadEvent[];
  readonly comments: number;
  readonly ended: boolean;
  lastId(): string | undefined;
}

/** Parses a text/event-stream body the way EventSource does (fields, blank-line dispatch, comments, persisting id). */
export function readEvents(response: Response): EventReader {
  if (!response.body) throw new Error('no body');
  const events: ReadEvent[] = [];
  let taken = 0;
  let comments = 0;
  let ended = false;
  let lastId: string | undefined;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of waiters) waiter();
  };

  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    let fields: { event?: string; data: string[] } = { data: [] };
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf('\n');
          if (line === '') {
            if (fields.data.length > 0) {
              events.push({ event: fields.event ?? 'message', data: JSON.parse(fields.data.join('\n')), lastId });
              wake();
            }
            fields = { data: [] };
          } else if (line.startsWith(':')) comments += 1;
          else {
            const colon = line.indexOf(':');
            const name = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (name === 'event') fields.event = value;
            else if (name === 'data') fields.data.push(value);
            else if (name === 'id') lastId = value;
          }
        }
      }
    } catch {
      // aborted by the test
    }
    ended = true;
    wake();
  })();

  return {
    events,
    get comments() {
      return comments;
    },
    get ended() {
      return ended;
    },
    lastId: () => lastId,
    rest: () => events.slice(taken),
    next(match = () => true, timeoutMs = 5_000) {
      return new Promise<ReadEvent>((resolve, reject) => {
        const look = () => {
          while (taken < events.length) {
            const event = events[taken++] as ReadEvent;
            if (match(event)) {
              cleanup();
              resolve(event);
              return;
            }
          }
          if (ended) {
            cleanup();
            reject(new Error(`stream ended; got ${events.map((e) => e.event).join(', ') || 'nothing'}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching event in ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ') || 'nothing'}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      });
    },
  };
}
