import { describe, expect, it } from 'vitest';
import { LIVE_EVENT_NAMES, parseLiveEvent } from '@/lib/client/live-event-parse';
import { LIVE_EVENTS, type LiveEventName } from '@/lib/schemas/live-events';
import { summaryRow } from './support/summary-row';

const message = {
  ...summaryRow(7, ['\\Seen']),
  from: [{ name: 'Ann', address: 'ann@example.com' }],
  malformed: [{ field: 'from', addresses: ['a@x', 'b@y'], text: 'a@x, b@y' }],
  modseq: '12',
  preview: 'Hello',
};

/** One valid sample per event, as the server sends them. */
const SAMPLES: Record<LiveEventName, unknown> = {
  'message.new': { mailboxId: 'SU5CT1g', message },
  'message.flags': { mailboxId: 'SU5CT1g', uid: 7, flags: ['\\Seen'], modseq: '12' },
  'message.expunge': { mailboxId: 'SU5CT1g', uids: [3, 4] },
  mailbox: { mailboxId: 'SU5CT1g', total: 10, unseen: 0 },
  mailboxes: {},
  resync: { mailboxId: 'SU5CT1g', reason: 'gap' },
  presence: { mailboxId: 'SU5CT1g', uid: 7, user: 'alice', activity: 'replying', active: true, ttlMs: 30000 },
};

const WRONG_VALUES: unknown[] = [undefined, null, 'x', 0, -1, 1.5, 2 ** 60, true, [], [1], {}, [{}]];

/** The sample, and every variant with one field (at any depth) missing or of another type. */
function variants(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => variants(item).map((changed) => value.map((old, i) => (i === index ? changed : old))));
  }
  if (typeof value !== 'object' || value === null) return WRONG_VALUES;
  const record = value as Record<string, unknown>;
  return Object.keys(record).flatMap((key) => {
    const { [key]: _, ...without } = record;
    return [without, ...variants(record[key]).map((changed) => ({ ...record, [key]: changed }))];
  });
}

describe('parseLiveEvent: the browser’s check of the stream, held to the zod schema’s verdict', () => {
  it('knows every event the schema names', () => {
    expect(LIVE_EVENT_NAMES.toSorted()).toEqual(Object.keys(LIVE_EVENTS).toSorted());
  });

  it.each(Object.entries(SAMPLES))('%s: accepts what the schema accepts, refuses what it refuses', (name, sample) => {
    const schema = LIVE_EVENTS[name as LiveEventName];
    expect(parseLiveEvent(name, JSON.stringify(sample))).toEqual({ event: name, data: sample });
    const tried = [...variants(sample), ...WRONG_VALUES];
    for (const variant of tried) {
      const text = JSON.stringify(variant);
      // JSON has no undefined: a variant that set a field to undefined is the one without it.
      const expected = schema.safeParse(variant === undefined ? undefined : JSON.parse(text ?? 'null')).success;
      expect(parseLiveEvent(name, text ?? 'null') !== null, `${name} ${text}`).toBe(expected);
    }
  });

  it('refuses text that is not JSON, and names that are not events', () => {
    expect(parseLiveEvent('mailbox', '{"mailboxId":')).toBeNull();
    expect(parseLiveEvent('message', '{}')).toBeNull();
    expect(parseLiveEvent('toString', '{}')).toBeNull();
  });
});
