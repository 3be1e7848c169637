import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatEvent, openEventStream, type StreamEnd } from '@/lib/http/event-stream';
import { endAllStreams, openStreams } from '@/lib/http/open-streams';

const decoder = new TextDecoder();

/** Reads what the stream has queued so far, without waiting for more. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, chunks: number): Promise<string> {
  let text = '';
  for (let i = 0; i < chunks; i++) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

afterEach(() => {
  endAllStreams();
  vi.useRealTimers();
});

describe('formatEvent', () => {
  it('writes id, event and one line of JSON, ended by a blank line', () => {
    expect(formatEvent({ id: '7', event: 'message.flags', data: { uid: 4, flags: ['\\Seen'] } })).toBe(
      'id: 7\nevent: message.flags\ndata: {"uid":4,"flags":["\\\\Seen"]}\n\n',
    );
  });

  it('keeps a subject with newlines on one data line', () => {
    const text = formatEvent({ event: 'message.new', data: { subject: 'a\r\nb\nc' } });
    expect(text.split('\n').filter((line) => line.startsWith('data: '))).toHaveLength(1);
    expect(text.endsWith('\n\n')).toBe(true);
    expect(text.slice(0, -2)).not.toContain('\n\n');
  });

  it('refuses an id that would end its field early', () => {
    expect(() => formatEvent({ id: 'a\nevent: x', event: 'e', data: 1 })).toThrow();
  });
});

describe('openEventStream', () => {
  it('answers as an uncompressed, unbuffered event stream whose first bytes leave at once', async () => {
    const stream = openEventStream();
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    const reader = (stream.response.body as ReadableStream<Uint8Array>).getReader();
    expect(await drain(reader, 1)).toBe(': connected\nretry: 2000\n\n');
    expect(stream.send({ id: '1', event: 'mailbox', data: { total: 3 } })).toBe(true);
    expect(await drain(reader, 1)).toBe('id: 1\nevent: mailbox\ndata: {"total":3}\n\n');
  });

  it('sends a keep-alive comment every heartbeatMs', async () => {
    vi.useFakeTimers();
    const stream = openEventStream({ heartbeatMs: 1_000 });
    const reader = (stream.response.body as ReadableStream<Uint8Array>).getReader();
    await drain(reader, 1);
    vi.advanceTimersByTime(2_500);
    expect(await drain(reader, 2)).toBe(': keep-alive\n\n: keep-alive\n\n');
  });

  it('ends once, with the reason, when the request aborts; nothing is sent after', () => {
    const aborted = new AbortController();
    const ends: StreamEnd[] = [];
    const stream = openEventStream({ signal: aborted.signal, onEnd: (reason) => ends.push(reason) });
    expect(openStreams().size).toBe(1);
    aborted.abort();
    stream.end();
    expect(ends).toEqual(['client-gone']);
    expect(stream.ended).toBe(true);
    expect(stream.send({ event: 'mailbox', data: {} })).toBe(false);
    expect(openStreams().size).toBe(0);
  });

  it('ends when the reader cancels the body', async () => {
    const ends: StreamEnd[] = [];
    const stream = openEventStream({ onEnd: (reason) => ends.push(reason) });
    await (stream.response.body as ReadableStream<Uint8Array>).cancel();
    expect(ends).toEqual(['client-gone']);
  });

  it('drops a reader that lets more than maxBacklog events wait, instead of holding them', () => {
    const ends: StreamEnd[] = [];
    const stream = openEventStream({ maxBacklog: 3, onEnd: (reason) => ends.push(reason) });
    // Nobody reads: the first chunk (the comment) and two events fill the queue.
    expect(stream.send({ event: 'e', data: 1 })).toBe(true);
    expect(stream.send({ event: 'e', data: 2 })).toBe(true);
    expect(stream.send({ event: 'e', data: 3 })).toBe(false);
    expect(ends).toEqual(['slow-client']);
  });

  it('ends at shutdown (endAllStreams)', () => {
    const ends: StreamEnd[] = [];
    openEventStream({ onEnd: (reason) => ends.push(reason) });
    openEventStream({ onEnd: (reason) => ends.push(reason) });
    endAllStreams();
    expect(ends).toEqual(['shutdown', 'shutdown']);
    expect(openStreams().size).toBe(0);
  });

  it('is ended from the start when the request was already aborted', () => {
    const aborted = new AbortController();
    aborted.abort();
    const stream = openEventStream({ signal: aborted.signal });
    expect(stream.ended).toBe(true);
    expect(openStreams().size).toBe(0);
  });
});
