import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive, type EventSourceLike, type LiveState, type Refusal } from '@/lib/client/live-connection';
import type { LiveEvent } from '@/lib/schemas/live-events';

/** EventSource as the browser runs it, driven by the test: open, events, errors with the readyState they leave. */
class FakeSource implements EventSourceLike {
  static all: FakeSource[] = [];
  readyState = 0;
  closed = false;
  private listeners = new Map<string, Array<(event: Event) => void>>();

  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }

  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
    this.readyState = 2;
  }

  private emit(type: string, event: Event) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  open() {
    this.readyState = 1;
    this.emit('open', new Event('open'));
  }

  send(name: string, data: unknown, id = '') {
    this.emit(name, new MessageEvent(name, { data: JSON.stringify(data), lastEventId: id }));
  }

  /** An HTTP error (401, 429, 502, 503): the browser gives up, CLOSED. */
  refuse() {
    this.readyState = 2;
    this.emit('error', new Event('error'));
  }

  /** A network error or a stream the server ended: the browser reconnects by itself, CONNECTING. */
  drop() {
    this.readyState = 0;
    this.emit('error', new Event('error'));
  }
}

const latest = () => FakeSource.all.at(-1) as FakeSource;
const sinceOf = (source: FakeSource) => new URL(source.url, 'http://x').searchParams.get('since');

let states: LiveState[];
let events: LiveEvent[];
let opens: boolean[];
let refusal: ReturnType<typeof vi.fn<() => Promise<Refusal>>>;
let network: EventTarget;
let close: () => void;

function connect(since: string | undefined = 'cursor-0') {
  close = connectLive({
    url: (from) => `/api/events?mailboxId=SU5CT1g${from ? `&since=${from}` : ''}`,
    since,
    onEvent: (event) => events.push(event),
    onState: (state) => states.push(state),
    onOpen: (reopened) => opens.push(reopened),
    refusal,
    createSource: (url) => new FakeSource(url),
    network,
  });
}

/** Lets the session check (a promise) answer, then runs timers up to `ms` later. */
async function elapse(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSource.all = [];
  states = [];
  events = [];
  opens = [];
  refusal = vi.fn(async (): Promise<Refusal> => 'retry');
  network = new EventTarget();
});
afterEach(() => {
  close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('connectLive', () => {
  it('opens at the list page’s cursor and delivers checked events', () => {
    connect();
    expect(FakeSource.all).toHaveLength(1);
    expect(sinceOf(latest())).toBe('cursor-0');
    expect(states).toEqual(['connecting']);
    latest().open();
    expect(states).toEqual(['connecting', 'live']);
    latest().send('mailbox', { mailboxId: 'SU5CT1g', total: 3, unseen: 1 }, 'e1');
    expect(events).toEqual([{ event: 'mailbox', data: { mailboxId: 'SU5CT1g', total: 3, unseen: 1 } }]);
    expect(opens).toEqual([false]);
  });

  it('ignores a malformed event, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    connect();
    latest().open();
    latest().send('message.flags', { mailboxId: 'SU5CT1g', uid: -1, flags: [], modseq: '3' }, 'e1');
    latest().send('mailbox', { total: 'many' }, 'e2');
    latest().send('mailboxes', {}, 'e3');
    expect(events).toEqual([{ event: 'mailboxes', data: {} }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reopens a refused stream from the last event id, backing off 1 s, 2 s, 4 s … up to 30 s', async () => {
    connect();
    latest().open();
    latest().send('mailboxes', {}, 'e7');
    latest().refuse();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const count = FakeSource.all.length;
      let waited = 0;
      while (FakeSource.all.length === count) {
        await elapse(500);
        waited += 500;
      }
      delays.push(waited);
      expect(sinceOf(latest())).toBe('e7');
      latest().refuse();
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(refusal).toHaveBeenCalledTimes(8);
    expect(FakeSource.all.slice(0, -1).every((source) => source.closed)).toBe(true);
  });

  it('starts the backoff afresh once a stream opened, and tells that it reopened', async () => {
    connect();
    latest().open();
    latest().refuse();
    await elapse(1000);
    latest().refuse();
    await elapse(2000);
    latest().open();
    expect(opens).toEqual([false, true]);
    latest().refuse();
    await elapse(1000);
    expect(FakeSource.all).toHaveLength(4);
  });

  it('stops for good when the session has ended (a 401 would loop otherwise)', async () => {
    refusal.mockResolvedValue('signed-out');
    connect();
    latest().refuse();
    await elapse(0);
    expect(states.at(-1)).toBe('signed-out');
    await elapse(120_000);
    network.dispatchEvent(new Event('online'));
    expect(FakeSource.all).toHaveLength(1);
    expect(states.at(-1)).toBe('signed-out');
  });

  it('stops for good when the folder is gone (a 404 would be asked again every 30 s otherwise)', async () => {
    refusal.mockResolvedValue('gone');
    connect();
    latest().open();
    latest().refuse();
    await elapse(0);
    expect(states.at(-1)).toBe('gone');
    await elapse(120_000);
    network.dispatchEvent(new Event('online'));
    expect(FakeSource.all).toHaveLength(1);
  });

  it('says offline only after 2 s down: a quick reconnect shows nothing', async () => {
    connect();
    latest().open();
    latest().drop();
    await elapse(1500);
    latest().open();
    expect(states).toEqual(['connecting', 'live', 'connecting', 'live']);
    expect(opens).toEqual([false, true]);
    expect(FakeSource.all).toHaveLength(1);
    latest().drop();
    await elapse(2000);
    expect(states.at(-1)).toBe('offline');
    // The browser's own retries failing do not bring the banner down and up again.
    latest().drop();
    await elapse(5000);
    expect(states.at(-1)).toBe('offline');
    latest().open();
    expect(states.at(-1)).toBe('live');
  });

  it('tries again at once when the browser comes back online', async () => {
    connect();
    latest().open();
    latest().send('mailboxes', {}, 'e3');
    latest().refuse();
    await elapse(0);
    expect(FakeSource.all).toHaveLength(1);
    network.dispatchEvent(new Event('online'));
    expect(FakeSource.all).toHaveLength(2);
    expect(sinceOf(latest())).toBe('e3');
    // Online while live changes nothing.
    latest().open();
    network.dispatchEvent(new Event('online'));
    expect(FakeSource.all).toHaveLength(2);
  });

  it('after close, neither opens nor reports anything', async () => {
    connect();
    latest().refuse();
    close();
    await elapse(60_000);
    expect(FakeSource.all).toHaveLength(1);
    expect(latest().closed).toBe(true);
    expect(states).toEqual(['connecting']);
  });
});
