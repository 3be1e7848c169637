import { z } from 'zod';
import { StagedAttachment } from './attachments';

/**
 * Compose and send (PUT /api/drafts, POST /api/send). Every string that ends up in a header
 * field (subject, names, addresses) is refused when it holds a line break: a CR or LF would
 * end the field and let the rest be read as a header of its own (`\r\nBcc: x@y`), and
 * U+2028/U+2029/U+0085 are line breaks to some readers. The field path reaches the client
 * through lib/http/error-response.ts (`to[1].address: …`).
 */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * One mailbox as `local@domain`, nothing else: a dot-atom local part in ASCII (RFC 5322
 * §3.2.3; no quoted local parts) and a domain of letters, digits and hyphens. The domain may
 * be an IDN (MailComposer writes it as punycode, RFC 5891); a non-ASCII local part would need
 * SMTPUTF8 (RFC 6531) end to end, which submission here does not use, so it is refused.
 * Strict on purpose: whatever passes, nodemailer's addressparser reads back as exactly that one
 * mailbox (tests/unit/compose/compose-schema.test.ts checks it), so the header says what was
 * checked. lib/schemas stays a leaf (zod only), which is why the parser is not called here.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
/** RFC 5321 §4.5.3.1: local part ≤ 64 octets, path ≤ 256 with its angle brackets. */
const MAX_ADDRESS = 254;

function headerProblem(value: string): string | null {
  if (LINE_BREAK.test(value)) return 'line breaks are not allowed in a header field';
  if (CONTROL.test(value)) return 'control characters are not allowed in a header field';
  return null;
}

/** Why `value` is not exactly one `local@domain`, or null. */
function addressProblem(value: string): string | null {
  const header = headerProblem(value);
  if (header) return header;
  if (/[<>,;:"()[\]\\\s]/.test(value)) return 'give one address (local@domain) without a name, brackets or separators';
  const at = value.lastIndexOf('@');
  if (at < 0) return 'not an address: it needs an @';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (/[^\x21-\x7e]/.test(local)) return 'not an address: letters outside ASCII before the @ need SMTPUTF8 (RFC 6531)';
  if (!LOCAL.test(local) || local.length > 64) return 'not an address: the part before @ is not valid';
  if (!domain.split('.').every((label) => LABEL.test(label) && label.length <= 63)) {
    return 'not an address: the part after @ is not a domain';
  }
  return null;
}

const refine = (problem: (value: string) => string | null) => (value: string, context: z.RefinementCtx) => {
  const message = problem(value);
  if (message) context.addIssue({ code: 'custom', message });
};

const HeaderText = (max: number) => z.string().max(max).superRefine(refine(headerProblem));

export const Recipient = z.object({
  name: HeaderText(256).optional(),
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
  /** 0 sends at once. Absent, the server is to wait an undo delay (issue 14's next step); until then it sends at once too. */
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
