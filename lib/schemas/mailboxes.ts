import { z } from 'zod';
import { MyRights } from './sharing';
import { SPECIAL_USE_ORDER } from './values';

/** RFC 6154 special-use attributes, plus INBOX (RFC 3501 §5.1) which is special by name. */
export const SpecialUse = z.enum(SPECIAL_USE_ORDER);
export type SpecialUse = z.infer<typeof SpecialUse>;

export { SPECIAL_USE_ORDER };

export const NamespaceKind = z.enum(['personal', 'shared', 'other']);
export type NamespaceKind = z.infer<typeof NamespaceKind>;

export const Mailbox = z.object({
  /** Opaque, URL-safe id (base64url of the path): paths never meet URL routing. */
  id: z.string(),
  /** The full IMAP path, decoded from modified UTF-7. */
  path: z.string(),
  /** The last path segment, for display. */
  name: z.string(),
  delimiter: z.string().nullable(),
  /** Path of the parent mailbox, or null at the top level. */
  parent: z.string().nullable(),
  specialUse: SpecialUse.nullable(),
  /** LIST attributes such as \Noselect or \HasChildren. */
  flags: z.array(z.string()),
  subscribed: z.boolean(),
  /** Message counts; null for \Noselect mailboxes, which hold no messages. */
  total: z.number().int().nullable(),
  unseen: z.number().int().nullable(),
  namespace: NamespaceKind,
  /** For another user's folder (RFC 2342 "other users"): whose it is, from its path. */
  owner: z.string().nullable(),
  myRights: MyRights,
  /** Another user's folder the server does not list, which the user opened by name ("Open a shared folder…"). */
  openedByName: z.literal(true).optional(),
});
export type Mailbox = z.infer<typeof Mailbox>;

export const MailboxesResponse = z.object({
  mailboxes: z.array(Mailbox),
  /** The server can share folders (CAPABILITY lists ACL, RFC 4314): the Sharing dialog is offered. */
  sharing: z.boolean(),
  /** Others' folders can be opened by owner and name (an other-users namespace, RFC 2342, and METADATA to remember them). */
  openByName: z.boolean(),
});
export type MailboxesResponse = z.infer<typeof MailboxesResponse>;

/**
 * A folder's full path, with the server's delimiter between levels (parents are created as
 * needed). Names are checked against the server's rules where they are created; here only
 * what no server accepts: empty, control characters, or absurdly long.
 */
const MailboxPath = z
  .string()
  .trim()
  .min(1, 'A folder needs a name.')
  .max(1000)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  .refine((path) => !/[\u0000-\u001f\u007f]/.test(path), 'A folder name cannot contain control characters.');

/** POST /api/mailboxes */
export const CreateMailboxRequest = z.object({ path: MailboxPath });
export type CreateMailboxRequest = z.input<typeof CreateMailboxRequest>;

/** PATCH /api/mailboxes/:id — rename (children follow) and/or (un)subscribe (RFC 3501 §6.3.5, §6.3.6). */
export const UpdateMailboxRequest = z
  .object({ path: MailboxPath.optional(), subscribed: z.boolean().optional() })
  .refine((request) => request.path !== undefined || request.subscribed !== undefined, 'give a new path or subscribed');
export type UpdateMailboxRequest = z.input<typeof UpdateMailboxRequest>;

/** DELETE /api/mailboxes/:id?force=true&withChildren=true — each confirms what it names. */
export const DeleteMailboxQuery = z.object({
  force: z.enum(['true', 'false']).optional(),
  withChildren: z.enum(['true', 'false']).optional(),
});
export type DeleteMailboxQuery = z.infer<typeof DeleteMailboxQuery>;

/** The folder after the change: a rename gives it a new id (ids are paths). */
export const MailboxChangeResponse = z.object({ id: z.string(), path: z.string(), subscribed: z.boolean() });
export type MailboxChangeResponse = z.infer<typeof MailboxChangeResponse>;

/** Every folder a DELETE removed, the children first. */
export const DeleteMailboxResponse = z.object({ deleted: z.array(z.string()) });
export type DeleteMailboxResponse = z.infer<typeof DeleteMailboxResponse>;
