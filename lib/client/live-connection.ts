import type { LiveEvent } from '@/lib/schemas/live-events';
import { LIVE_EVENT_NAMES, parseLiveEvent } from './live-event-parse';

/**
 * live: the stream is open. connecting: opening, or down for less than OFFLINE_AFTER_MS (a
 * quick reconnect shows nothing). offline: down for longer, reconnecting. signed-out: the
 * server refused the stream and the session is gone; gone: it refused it because the folder
 * no longer exists (the list says so). Neither is tried again.
 */
export type LiveState = 'connecting' | 'live' | 'offline' | 'signed-out' | 'gone';

/** Why the server refused a stream, as far as the client can find out: to stop for good, or retry. */
export type Refusal = 'signed-out' | 'gone' | 'retry';

/** The part of EventSource this module uses, so tests can hand it a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

/** HTML §9.2.2 readyState: CLOSED means the browser will not reconnect by itself. */
const OPEN = 1;
const CLOSED = 2;
export const OFFLINE_AFTER_MS = 2_000;
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

export interface LiveConnectionOptions {
  /** The stream's URL, starting after `since` (an event id, or a list page's liveCursor). */
  url: (since: string | undefined) => string;
  since: string | undefined;
  onEvent: (event: LiveEvent) => void;
  onState: (state: LiveState) => void;
  /**
   * The stream is open: `reopened` after being down. What changed elsewhere before it opened
   * (other folders' counts) is not replayed, only this mailbox's changes are.
   */
  onOpen: (reopened: boolean) => void;
  /**
   * Asked when the server refused the stream (EventSource does not say with what status): a
   * 401 for a session that is gone, or a 404 for a folder deleted meanwhile, would loop otherwise.
   */
  refusal: () => Promise<Refusal>;
  createSource?: (url: string) => EventSourceLike;
  /** Where the browser says `online` (window). */
  network?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

let warned = false;

/**
 * One mailbox's live stream, kept open. EventSource reconnects by itself only after a network
 * error or a stream the server ended (HTML §9.2.3, sending Last-Event-ID); an HTTP error (401,
 * 429, 502, 503) closes it for good. Then it is opened again here, from the last event id,
 * after 1 s, doubling to 30 s, or at once when the browser comes back online. Returns the close.
 */
export function connectLive(options: LiveConnectionOptions): () => void {
  const { createSource = (url) => new EventSource(url), network } = options;
  let source: EventSourceLike | null = null;
  let lastId = options.since;
  let attempt = 0;
  let opened = false;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;

  const down = () => {
    if (offlineTimer !== undefined) return;
    options.onState('connecting');
    offlineTimer = setTimeout(() => options.onState('offline'), OFFLINE_AFTER_MS);
  };

  const open = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    source?.close();
    down();
    const current = createSource(options.url(lastId));
    source = current;
    current.addEventListener('open', () => {
      if (stopped || source !== current) return;
      clearTimeout(offlineTimer);
      offlineTimer = undefined;
      attempt = 0;
      options.onState('live');
      options.onOpen(opened);
      opened = true;
    });
    current.addEventListener('error', () => {
      if (stopped || source !== current) return;
      down();
      if (current.readyState === CLOSED) void refused(current);
    });
    for (const name of LIVE_EVENT_NAMES) current.addEventListener(name, (event) => receive(current, name, event as MessageEvent));
  };

  const receive = (from: EventSourceLike, name: string, message: MessageEvent) => {
    if (stopped || source !== from) return;
    if (message.lastEventId) lastId = message.lastEventId;
    const event = parseLiveEvent(name, String(message.data));
    if (event) options.onEvent(event);
    else if (!warned) {
      warned = true;
      console.warn(`Letterbox: ignored a malformed live event "${name}"`);
    }
  };

  const refused = async (closed: EventSourceLike) => {
    closed.close();
    const why = await options.refusal().catch((): Refusal => 'retry');
    if (stopped || source !== closed) return;
    if (why !== 'retry') {
      stop();
      options.onState(why);
      return;
    }
    const delay = Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS);
    attempt++;
    retryTimer = setTimeout(open, delay);
  };

  const online = () => {
    if (!stopped && (source === null || source.readyState !== OPEN)) open();
  };

  const stop = () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearTimeout(offlineTimer);
    source?.close();
    network?.removeEventListener('online', online);
  };

  network?.addEventListener('online', online);
  open();
  return stop;
}
