import 'server-only';
import { openStaged } from '@/lib/attachments/open-staged';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, messageRefFromId } from '@/lib/ids';
import type { DraftRequest } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import type { OutgoingAttachment, OutgoingMessage } from './build-message';
import { composeHeader } from './compose-header';
import { composeBodies } from './compose-html';
import { forwardedParts } from './forwarded-parts';
import { fromAddress, ownAddressesHint, ownsAddress } from './identity';
import { newMessageId } from './message-id';
import { originalAttachment } from './original-attachment';
import { readOriginal } from './read-original';
import { threadHeaders } from './thread-headers';

/** What a draft or a send asks for, as the route parsed it. */
export type ComposeInput = DraftRequest & { cc?: DraftRequest['to']; bcc?: DraftRequest['to'] };

export interface Outgoing {
  message: OutgoingMessage;
  /** The message answered and the one forwarded, to mark once the mail is out. */
  replyTo?: MessageRef;
  forwarded?: MessageRef;
}

/**
 * The message a draft or a send stands for: From the user's identity, the sanitized bodies,
 * the threading headers of the message answered (RFC 5322 §3.6.4), the staged uploads, and a
 * forwarded message attached as it is stored. The app's own links (what is answered or
 * forwarded) ride in X-Letterbox-Compose, so a draft resumed anywhere still knows them.
 */
export async function outgoingMessage(account: Account, input: ComposeInput): Promise<Outgoing> {
  const config = env();
  const forwarded = refOf(input.forwardOf, 'forwardOf');
  // A reply whose original another client deleted meanwhile still goes, unthreaded: the words
  // matter more than the headers. A forward as attachment needs the original (NOT_FOUND below).
  const answered = refOf(input.inReplyTo, 'inReplyTo');
  const original = answered ? await readOriginal(account, answered).catch(unlessGone) : null;
  const replyTo = original ? answered : undefined;
  const thread = original ? threadHeaders(original) : { references: [] as string[] };
  const attachments = await stagedAttachments(account, input.attachments ?? []);
  if (forwarded && input.forwardAs === 'attachment') {
    const { subject } = await readOriginal(account, forwarded);
    attachments.push(await originalAttachment(account, forwarded, subject));
  } else if (forwarded) {
    attachments.push(...(await forwardedParts(account, forwarded, input.forwardParts ?? [])));
  }
  const bodies = composeBodies({ html: input.html, text: input.text });
  const links = composeHeader({ inReplyTo: input.inReplyTo, forwardOf: input.forwardOf, forwardAs: input.forwardAs });
  const message: OutgoingMessage = {
    from: sender(account, input.from, config.IDENTITY_DOMAIN),
    to: input.to,
    cc: input.cc ?? [],
    bcc: input.bcc ?? [],
    subject: input.subject,
    html: bodies.html,
    text: bodies.text,
    attachments,
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    messageId: newMessageId(config.IDENTITY_DOMAIN),
    date: new Date(),
    ...(links ? { headers: { [COMPOSE_HEADER]: links } } : {}),
  };
  return { message, replyTo, forwarded };
}

export const COMPOSE_HEADER = 'X-Letterbox-Compose';

/** The identity the message goes from: one of the user's own addresses (identity.ts), never another's. */
function sender(account: Account, from: ComposeInput['from'], domain: string): OutgoingMessage['from'] {
  const own = fromAddress(account.user, domain);
  if (!from) return { address: own };
  if (!ownsAddress(own, from.address)) throw new AppError('BAD_REQUEST', `from.address: ${ownAddressesHint(own)}`);
  return from.name ? { name: from.name, address: from.address } : { address: from.address };
}

function unlessGone(error: unknown): null {
  if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
  throw error;
}

function refOf(id: string | undefined, field: string): MessageRef | undefined {
  if (id === undefined) return undefined;
  const ref = messageRefFromId(id);
  if (!ref) throw new AppError('BAD_REQUEST', `${field}: not a message id`);
  return ref;
}

async function stagedAttachments(account: Account, ids: string[]): Promise<OutgoingAttachment[]> {
  const staged = await Promise.all(ids.map((id) => openStaged(account, id)));
  return staged.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.stream() }));
}
