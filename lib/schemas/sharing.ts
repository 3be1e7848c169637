import { z } from 'zod';
import { ACL_IDENTIFIER, ACL_IDENTIFIER_PROBLEM, SHARING_PRESETS } from './values';

export { SHARING_PRESETS };

/**
 * What the signed-in user may do in a folder, as JMAP's Mailbox `myRights` (RFC 8621 §2) spells
 * it, read from IMAP's MYRIGHTS (RFC 4314 §3.5). `raw` is the server's string; null where the
 * server was not asked: the user's own folders (the owner holds every right unless an
 * administrator says otherwise) and servers without ACL, where every right is assumed and a
 * refusal still arrives as NO [NOPERM] → 403.
 */
export const MyRights = z.object({
  raw: z.string().nullable(),
  /** `l` + `r`: see the folder and read its messages. */
  mayReadItems: z.boolean(),
  /** `i`: APPEND or COPY/MOVE into it. */
  mayAddItems: z.boolean(),
  /** `t` + `e`: mark \Deleted and expunge, i.e. delete or move out. */
  mayRemoveItems: z.boolean(),
  /** `s`: keep \Seen (read/unread). */
  maySetSeen: z.boolean(),
  /** `w`: every other flag and keyword (star, labels, assign). */
  maySetKeywords: z.boolean(),
  /** `k`: create subfolders. */
  mayCreateChild: z.boolean(),
  /** `x`: rename the folder (RFC 4314 §4 asks `k` of the new parent too). */
  mayRename: z.boolean(),
  /** `x`: delete the folder. */
  mayDelete: z.boolean(),
  /** `a`: read and change who it is shared with. */
  mayAdmin: z.boolean(),
});
export type MyRights = z.infer<typeof MyRights>;

export const SharingPreset = z.enum(SHARING_PRESETS);
export type SharingPreset = z.infer<typeof SharingPreset>;

export const AclEntry = z.object({
  /** A user name, or a special identifier such as `anyone` (RFC 4314 §2); `-name` is a negative right. */
  identifier: z.string(),
  /** RFC 4314 letters exactly as the server stores them (Dovecot adds the obsolete `c`/`d`). */
  rights: z.string(),
  /** The preset whose letters these are, or null for a custom mix. */
  preset: SharingPreset.nullable(),
});
export type AclEntry = z.infer<typeof AclEntry>;

/** GET /api/mailboxes/:id/acl */
export const AclResponse = z.object({
  entries: z.array(AclEntry),
  /** The rights letters this server distinguishes (`RIGHTS=` capability plus the base `lra`, RFC 4314 §2.1). */
  rightsOffered: z.string(),
  /** The signed-in user's own identifier: their entry cannot be changed here (no locking oneself out). */
  self: z.string(),
});
export type AclResponse = z.infer<typeof AclResponse>;

/** RFC 4314 rights are letters and digits; an empty string removes every right but keeps the entry. */
export const SetAclRequest = z.object({
  rights: z
    .string()
    .max(40)
    .regex(/^[a-z0-9]*$/, 'Rights are RFC 4314 letters, such as lrswite.'),
});
export type SetAclRequest = z.infer<typeof SetAclRequest>;

/** An ACL identifier as it may reach the server (values.ts says what is refused). */
export const AclIdentifier = z.string().regex(ACL_IDENTIFIER, ACL_IDENTIFIER_PROBLEM);

/**
 * POST /api/shared-folders: open a folder someone shared by its owner and name, for servers
 * that do not list others' folders. The owner is an identifier as above; `*` and `%` are LIST
 * wildcards (RFC 3501 §6.3.8), never part of a name asked for here.
 */
export const OpenSharedRequest = z.object({
  owner: AclIdentifier.refine((owner) => !/[*%/]/.test(owner), 'Enter the user name alone.'),
  name: z
    .string()
    .trim()
    .min(1, 'Enter the folder’s name.')
    .max(1000)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
    .refine((name) => !/[\u0000-\u001f\u007f*%]/.test(name), 'A folder name cannot contain control characters, * or %.'),
});
export type OpenSharedRequest = z.infer<typeof OpenSharedRequest>;

/** GET /api/mailboxes/:id/roster: who works in a shared folder (its readers, as its administrator published them). */
export const RosterResponse = z.object({ members: z.array(z.string()) });
export type RosterResponse = z.infer<typeof RosterResponse>;
