import { z } from 'zod';

/** RFC 3501 §2.3.2: the system flags a client may store (\Recent belongs to the server). */
export const SYSTEM_FLAGS = ['\\Seen', '\\Flagged', '\\Answered', '\\Deleted', '\\Draft'] as const;

/**
 * A keyword is an atom (RFC 3501 §9: `flag-keyword = atom`): printable ASCII except the
 * atom-specials `(){ %*"\]` and controls. Anything else could only travel quoted or as a
 * literal, which STORE does not accept for flags.
 */
const KEYWORD = /^[!#$&'+,\-./0-9:;<=>?@A-Z[^_`a-z|}~]{1,100}$/;

/** A user keyword as a schema (labels name them). */
export const Keyword = z
  .string()
  .regex(KEYWORD, 'not a keyword: atom characters only (RFC 3501 §9)')
  .refine((flag) => !flag.startsWith('\\'));

const UID_MAX = 0xffffffff;
/** RFC 3501 §9 sequence-set of UIDs, without `*`: the client names the messages it saw. */
const UID_SET = /^\d+(?::\d+)?(?:,\d+(?::\d+)?)*$/;

/** A system flag in its canonical spelling (flags are case-insensitive), or a keyword as given. */
export const Flag = z.string().transform((flag, context) => {
  const system = SYSTEM_FLAGS.find((name) => name.toLowerCase() === flag.toLowerCase());
  if (system) return system;
  if (!flag.startsWith('\\') && KEYWORD.test(flag)) return flag;
  context.addIssue({ code: 'custom', message: `"${flag.slice(0, 40)}" is not a flag or keyword that can be stored` });
  return z.NEVER;
});

const Uid = z.number().int().min(1).max(UID_MAX);

export const UidSet = z
  .string()
  .max(10_000)
  .regex(UID_SET, 'not a UID set such as "1:5,9"')
  .refine((set) => set.split(/[,:]/).every((uid) => Number(uid) >= 1 && Number(uid) <= UID_MAX), 'UIDs are 1 to 4294967295');

/** Messages of one mailbox, as every message operation names them. */
export const MessageSelection = z.object({
  mailboxId: z.string().min(1).max(2048),
  /** When given, a mailbox recreated since (another UIDVALIDITY, RFC 3501 §2.3.1.1) is NOT_FOUND. */
  uidValidity: z.number().int().min(1).max(UID_MAX).optional(),
  /** UIDs, or an IMAP UID set ("1:500,702") for a selection too large to list. */
  uids: z.union([z.array(Uid).min(1).max(10_000), UidSet]),
});

/** RFC 7162 mod-sequence: a positive 63-bit number, as a decimal string (it outgrows a JS number). */
export const Modseq = z.string().regex(/^[1-9]\d{0,18}$/, 'not a modseq');

export const FlagsRequest = MessageSelection.extend({
  /**
   * RFC 7162 §3.1.3 UNCHANGEDSINCE, where the server has CONDSTORE: messages changed after
   * this modseq are left alone and reported as a 409 CONFLICT naming their UIDs.
   */
  unchangedSince: Modseq.optional(),
  add: z.array(Flag).max(20).optional(),
  remove: z.array(Flag).max(20).optional(),
})
  .refine((request) => (request.add?.length ?? 0) + (request.remove?.length ?? 0) > 0, 'add or remove a flag')
  .refine(
    (request) => !request.add?.some((flag) => request.remove?.includes(flag)),
    'a flag cannot be added and removed at once',
  );
export type FlagsRequest = z.input<typeof FlagsRequest>;
export type ParsedFlagsRequest = z.output<typeof FlagsRequest>;

export const MessageFlags = z.object({ uid: z.number().int(), flags: z.array(z.string()) });
export type MessageFlags = z.infer<typeof MessageFlags>;

export const FlagsResponse = z.object({
  /** The UIDs that exist and were changed, as an IMAP UID set. */
  updated: z.string(),
  /** Each message's flags after the change; left out for sets larger than a list page could show. */
  flags: z.array(MessageFlags).optional(),
  /** RFC 7162: the highest MODSEQ among the changed messages, where the server has CONDSTORE. */
  modseq: z.string().optional(),
});
export type FlagsResponse = z.infer<typeof FlagsResponse>;
