import { z } from 'zod';
import { MessageSelection } from './flags';

/**
 * The actions that take messages out of their folder (or copy them): each is
 * `POST /api/messages/<action>` with a MessageSelection, answered by a MoveResponse.
 * archive, delete, junk and not-junk find their destination by special use (RFC 6154).
 */
export const MESSAGE_ACTIONS = ['move', 'copy', 'archive', 'delete', 'junk', 'not-junk'] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

/** move and copy: `to` is the destination's mailbox id. */
export const MoveRequest = MessageSelection.extend({ to: z.string().min(1).max(2048) });
export type MoveRequest = z.input<typeof MoveRequest>;

/** archive, junk, not-junk: the destination is the special-use folder (not-junk: INBOX). */
export const SpecialMoveRequest = MessageSelection;
export type SpecialMoveRequest = z.input<typeof SpecialMoveRequest>;

/**
 * delete: moves to Trash; inside Trash, and only with `permanent: true`, expunges exactly
 * these UIDs (RFC 4315 UID EXPUNGE) instead.
 */
export const DeleteRequest = MessageSelection.extend({ permanent: z.boolean().optional() });
export type DeleteRequest = z.input<typeof DeleteRequest>;

/**
 * What a move may need to tell besides the map:
 * - `uid-map-by-message-id`: no COPYUID (RFC 4315), the new UIDs were found by Message-ID;
 * - `uid-map-incomplete`: some or all new UIDs could not be found (no UIDPLUS, no unique Message-ID);
 * - `originals-marked-deleted`: no UIDPLUS, so the originals stay in the source flagged
 *   \Deleted (a plain EXPUNGE would also remove what other clients marked \Deleted).
 */
export const MoveNote = z.enum(['uid-map-by-message-id', 'uid-map-incomplete', 'originals-marked-deleted']);
export type MoveNote = z.infer<typeof MoveNote>;

export const MoveResponse = z.object({
  /** The source UIDs that existed and were moved, copied or expunged, as an IMAP UID set. */
  moved: z.string(),
  /** The destination's mailbox id; null when the messages were deleted permanently. */
  to: z.string().nullable(),
  /** The destination's UIDVALIDITY, which the new UIDs belong to. */
  toUidValidity: z.number().int().optional(),
  /** [old UID, new UID] pairs, in source UID order; may be partial (see notes). */
  uidMap: z.array(z.tuple([z.number().int(), z.number().int()])),
  notes: z.array(MoveNote),
});
export type MoveResponse = z.infer<typeof MoveResponse>;
