import { z } from 'zod';
import { PRESENCE_ACTIVITIES } from './values';

/**
 * Presence in a shared folder (design note B.2, "soft lock"): who has a message open, and who
 * is answering it. Never stored in IMAP: it lives as long as its sender keeps saying so.
 */
export const PresenceActivity = z.enum(PRESENCE_ACTIVITIES);
export type PresenceActivity = z.infer<typeof PresenceActivity>;

/** `PUT /api/messages/:id/presence`: the activity began (or still goes on), or ended. */
export const PresenceRequest = z.object({ activity: PresenceActivity, active: z.boolean() });
export type PresenceRequest = z.infer<typeof PresenceRequest>;

/** Its answer: how long the announcement holds, so the browser knows when to renew it. */
export const PresenceResponse = z.object({ ttlMs: z.number().int().positive() });
export type PresenceResponse = z.infer<typeof PresenceResponse>;

/**
 * The live stream's `presence` event: `user` is (or no longer is) viewing or replying to the
 * message `uid` of the watched folder. An active entry lapses after `ttlMs` unless renewed, so
 * a closed laptop leaves no ghost; the client counts it from when the event arrived.
 */
export const PresenceEvent = z.object({
  mailboxId: z.string(),
  uid: z.number().int().positive(),
  user: z.string(),
  activity: PresenceActivity,
  active: z.boolean(),
  ttlMs: z.number().int().nonnegative(),
});
export type PresenceEvent = z.infer<typeof PresenceEvent>;
