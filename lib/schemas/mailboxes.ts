import { z } from 'zod';
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
});
export type Mailbox = z.infer<typeof Mailbox>;

export const MailboxesResponse = z.object({ mailboxes: z.array(Mailbox) });
export type MailboxesResponse = z.infer<typeof MailboxesResponse>;
