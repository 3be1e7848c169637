import type { LiveEvent, LiveEventName } from '@/lib/schemas/live-events';
import { PRESENCE_ACTIVITIES } from '@/lib/schemas/values';

/**
 * The live stream's events, checked against the shapes of lib/schemas/live-events.ts before
 * anything reaches the cache. Without zod: the browser never loads it (a guard test keeps it
 * so, ~37 KiB gzip), so the schema's shapes are restated here with a few plain checks, and a
 * unit test holds the two to the same verdict on every sample it can build.
 */
type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const string: Check = (value) => typeof value === 'string';
const boolean: Check = (value) => typeof value === 'boolean';
// zod's int() is a safe integer (Number.isSafeInteger), as here.
const int: Check = (value) => Number.isSafeInteger(value);
const positive: Check = (value) => int(value) && (value as number) > 0;
const nonNegative: Check = (value) => int(value) && (value as number) >= 0;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const oneOf =
  (...values: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const object =
  (shape: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(shape).every(([key, check]) => check(value[key]));

const address = object({ name: string, address: string });
const messageSummary = object({
  id: string,
  uid: int,
  subject: string,
  from: arrayOf(address),
  to: arrayOf(address),
  cc: arrayOf(address),
  recipientsOmitted: nonNegative,
  malformed: optional(arrayOf(object({ field: oneOf('from', 'sender', 'reply-to'), addresses: arrayOf(string), text: string }))),
  date: string,
  flags: arrayOf(string),
  modseq: optional(string),
  size: int,
  hasAttachments: boolean,
  preview: nullable(string),
});

/** One check per event name: a name the schema adds and this table lacks is a type error. */
const CHECKS: Record<LiveEventName, Check> = {
  'message.new': object({ mailboxId: string, message: messageSummary }),
  'message.flags': object({ mailboxId: string, uid: positive, flags: arrayOf(string), modseq: string }),
  'message.expunge': object({ mailboxId: string, uids: arrayOf(positive) }),
  mailbox: object({ mailboxId: string, total: nonNegative, unseen: nonNegative }),
  mailboxes: object({}),
  resync: object({ mailboxId: string, reason: oneOf('uidvalidity', 'no-condstore', 'expunges-unknown', 'gap') }),
  presence: object({
    mailboxId: string,
    uid: positive,
    user: string,
    activity: oneOf(...PRESENCE_ACTIVITIES),
    active: boolean,
    ttlMs: nonNegative,
  }),
};

export const LIVE_EVENT_NAMES = Object.keys(CHECKS) as LiveEventName[];

/** The event if its data is what the schema promises, else null (and the caller says so once). */
export function parseLiveEvent(name: string, data: string): LiveEvent | null {
  if (!Object.hasOwn(CHECKS, name)) return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  return CHECKS[name as LiveEventName](value) ? ({ event: name, data: value } as LiveEvent) : null;
}
