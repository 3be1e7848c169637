import { z } from 'zod';
import { StagedAttachment } from './attachments';
import { addressProblem, headerProblem, MAX_ADDRESS, MAX_NAME } from './recipient-rules';

/**
 * Compose and send (PUT /api/drafts, POST /api/send). Every string that ends up in a header
 * field (subject, names, addresses) is refused when it holds a line break: a CR or LF would
 * end the field and let the rest be read as a header of its own (`\r\nBcc: x@y`), and
 * U+2028/U+2029/U+0085 are line breaks to some readers. The field path reaches the client
 * through lib/http/error-response.ts (`to[1].address: …`).
 */
const refine = (problem: (value: string) => string | null) => (value: string, context: z.RefinementCtx) => {
  const message = problem(value);
  if (message) context.addIssue({ code: 'custom', message });
};

const HeaderText = (max: number) => z.string().max(max).superRefine(refine(headerProblem));

export const Recipient = z.object({
  name: HeaderText(MAX_NAME).optional(),
  address: z.string().max(MAX_ADDRESS).superRefine(refine(addressProblem)),
});
export type Recipient = z.infer<typeof Recipient>;

const MAX_RECIPIENTS = 100;
const Recipients = z.array(Recipient).max(MAX_RECIPIENTS);

/** Sizes in UTF-8 bytes, as they will be sent. */
const utf8Length = (text: string) => new TextEncoder().encode(text).length;
const Body = (maxBytes: number, what: string) =>
  z
    .string()
    .refine((text) => text.length <= maxBytes && utf8Length(text) <= maxBytes, `${what} is larger than ${maxBytes} bytes`);

/** An opaque id the server handed out (message, draft, upload). */
const OpaqueId = z.string().min(1).max(2048);

const ComposeFields = z.object({
  /** One of the user's identities (settings); absent, the login's own address. The server checks it is theirs. */
  from: Recipient.optional(),
  /** The draft this replaces (it is saved anew and the old one removed). */
  draftId: OpaqueId.optional(),
  to: Recipients,
  cc: Recipients.optional(),
  bcc: Recipients.optional(),
  /** RFC 5322 §2.1.1: a line is at most 998 characters; a longer subject is folded anyway, but none needs to be. */
  subject: HeaderText(998),
  html: Body(2 * 1024 * 1024, 'html').optional(),
  text: Body(1024 * 1024, 'text').optional(),
  /** Upload ids, in the order the attachments appear. */
  attachments: z.array(OpaqueId).max(50).optional(),
  /** The app's id of the message answered: threading headers come from it (RFC 5322 §3.6.4). */
  inReplyTo: OpaqueId.optional(),
  /** The app's id of the message forwarded, inline (quoted in the body) or as a message/rfc822 attachment. */
  forwardOf: OpaqueId.optional(),
  forwardAs: z.enum(['inline', 'attachment']).optional(),
  /** A forward inline carries these attachments of the original (part numbers), streamed from IMAP. */
  forwardParts: z
    .array(z.string().regex(/^[1-9][0-9]{0,5}(\.[1-9][0-9]{0,5}){0,20}$/, 'a MIME part number such as 2 or 1.3'))
    .max(50)
    .optional(),
});

type Addressed = { to: Recipient[]; cc?: Recipient[]; bcc?: Recipient[] };
const recipientCount = (message: Addressed) => message.to.length + (message.cc?.length ?? 0) + (message.bcc?.length ?? 0);
const notTooMany = (message: Addressed) => recipientCount(message) <= MAX_RECIPIENTS;
const TOO_MANY = { message: `at most ${MAX_RECIPIENTS} recipients in To, Cc and Bcc together`, path: ['to'] };

/** PUT /api/drafts: a draft may have no recipient yet. */
export const DraftRequest = ComposeFields.refine(notTooMany, TOO_MANY);
export type DraftRequest = z.input<typeof DraftRequest>;

/** POST /api/send */
export const SendRequest = ComposeFields.extend({
  /** 0 sends at once. Absent, the message waits SEND_DELAY_MS in Drafts, queued, and Undo can take it back. */
  delay: z.literal(0).optional(),
  /** A retry with the same key is answered with the first attempt's outcome, never sent twice. */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, _ and - only, at most 100')
    .optional(),
})
  .refine(notTooMany, TOO_MANY)
  .refine((message) => recipientCount(message) > 0, { message: 'add at least one recipient', path: ['to'] });
export type SendRequest = z.input<typeof SendRequest>;

/** GET /api/drafts/:id: a draft as the compose view resumes it, its attachments staged anew. */
export const DraftResponse = z.object({
  draftId: z.string(),
  /** Who it is written as, as stored in its From field. */
  from: Recipient.optional(),
  to: z.array(Recipient),
  cc: z.array(Recipient),
  bcc: z.array(Recipient),
  subject: z.string(),
  html: z.string().optional(),
  text: z.string(),
  attachments: z.array(StagedAttachment),
  inReplyTo: z.string().optional(),
  forwardOf: z.string().optional(),
  forwardAs: z.enum(['inline', 'attachment']).optional(),
  /** The message it forwards as an attachment, as it was attached (carried by `forwardOf`, never staged). */
  forwardedMessage: z.object({ filename: z.string(), size: z.number().int() }).optional(),
});
export type DraftResponse = z.infer<typeof DraftResponse>;

/** GET /api/addresses: what the user has typed into an address field. */
export const AddressQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** People from the user's recent mail, for autocompletion: the most written-to first. */
export const AddressSuggestions = z.object({ addresses: z.array(z.object({ name: z.string(), address: z.string() })) });
export type AddressSuggestions = z.infer<typeof AddressSuggestions>;

/**
 * PUT /api/drafts and DELETE /api/send/:id (Undo): the draft as it now is in Drafts; null
 * from a server without UIDPLUS (RFC 4315), which names no UID for what it stored.
 */
export const DraftSaved = z.object({ draftId: z.string().nullable() });
export type DraftSaved = z.infer<typeof DraftSaved>;

/** POST /api/send: sent at once (`delay: 0`), or queued for the undo delay. */
export const SendResponse = z.union([
  z.object({
    /** The RFC 5322 Message-ID of what was sent. */
    messageId: z.string(),
    /** Recipients the SMTP server refused while it took the others. */
    rejected: z.array(z.string()),
    /** The copy in Sent (id null where the server gave no UID). */
    sent: z.object({ mailboxId: z.string(), id: z.string().nullable() }),
  }),
  z.object({
    messageId: z.string(),
    /** DELETE /api/send/:id undoes it until `sendAt`. */
    queued: z.object({ id: z.string(), sendAt: z.string() }),
  }),
]);
export type SendResponse = z.infer<typeof SendResponse>;

/** GET /api/send/:id?messageId=: what became of a queued send (lib/compose/queued-send-state.ts). */
export const QueuedSendQuery = z.object({ messageId: z.string().min(3).max(998) });
export const QueuedSendState = z.object({
  state: z.enum(['queued', 'sending', 'sent', 'sent-unfiled', 'returned', 'unsure', 'gone']),
});
export type QueuedSendState = z.infer<typeof QueuedSendState>;
