import 'server-only';
import type { FetchMessageObject, MessageAddressObject, MessageEnvelopeObject } from 'imapflow';
import { AppError } from '@/lib/http/app-error';
import { mailboxId } from '@/lib/ids';
import { findAttachedMessage, numberParts } from '@/lib/mime/part-numbers';
import { attachmentsOf, listParts } from '@/lib/mime/part-tree';
import { clipText } from '@/lib/mime/clip-text';
import { type MessageView, PartNumber } from '@/lib/schemas/message';
import type { Address } from '@/lib/schemas/messages';
import type { ImapAccount } from './account';
import { fetchMessage, type MessageContext, withMessage } from './open-message';
import { readBody } from './read-body';

/**
 * The reading pane's message: one FETCH of ENVELOPE + BODYSTRUCTURE (+ List-Unsubscribe),
 * then one partial fetch of the display part only. Attachments are listed, never fetched.
 * BODY.PEEK throughout: reading does not set \Seen; the client asks for that separately.
 *
 * With `part`, the message attached to this one as that message/rfc822 part (a forward as
 * attachment, a bounce): its envelope and structure come in the same BODYSTRUCTURE, so it
 * costs the same two fetches.
 */
export function getMessage(
  account: ImapAccount,
  id: string,
  options: { allowRemote: boolean; part?: string },
): Promise<MessageView> {
  const load = async (context: MessageContext): Promise<MessageView> => {
    const { client, ref } = context;
    const message = await fetchMessage(context, VIEW_QUERY);
    const shown = options.part ? attachedMessage(message, options.part) : topLevel(message);
    const { parts, truncated } = listParts(shown.body, { numbered: true });
    const referencedCids = new Set<string>();
    const cidUrl = (contentId: string) => {
      const part = parts.find((candidate) => candidate.contentId === contentId);
      if (!part) return null;
      referencedCids.add(contentId);
      return `/api/messages/${id}/parts/${encodeURIComponent(part.part)}`;
    };
    const structure = {
      parts,
      truncated,
      multipart: shown.body?.type.toLowerCase().startsWith('multipart/') ?? false,
      textSection: options.part ? `${options.part}.TEXT` : 'TEXT',
    };
    const body = await readBody(client, ref.uid, structure, cidUrl, options.allowRemote);
    return {
      ...shown.headers,
      id,
      part: options.part ?? null,
      uid: ref.uid,
      mailboxId: mailboxId(ref.path),
      size: shown.size,
      parts,
      attachments: attachmentsOf(parts, referencedCids, body.part),
      body,
    };
  };
  // The view's own FETCH doubles as the existence check.
  return withMessage(account, id, load, { verify: false });
}

function topLevel(message: FetchMessageObject) {
  const body = message.bodyStructure ? numberParts(message.bodyStructure) : undefined;
  const headers = {
    ...envelopeHeaders(message.envelope, message.internalDate),
    listUnsubscribe: headerLine(message.headers, 'list-unsubscribe'),
  };
  return { body, headers, size: message.size ?? 0 };
}

function attachedMessage(message: FetchMessageObject, part: string) {
  const valid = PartNumber.safeParse(part).success;
  const attached = valid && message.bodyStructure ? findAttachedMessage(numberParts(message.bodyStructure), part) : undefined;
  if (!attached) throw new AppError('NOT_FOUND', 'This message has no attached message there.');
  const headers = { ...envelopeHeaders(attached.envelope, undefined), listUnsubscribe: null };
  return { body: attached.body, headers, size: attached.node.size ?? 0 };
}

const VIEW_QUERY = {
  uid: true,
  envelope: true,
  bodyStructure: true,
  size: true,
  internalDate: true,
  headers: ['list-unsubscribe'],
};

function envelopeHeaders(envelope: MessageEnvelopeObject | undefined, internalDate: Date | string | undefined) {
  const date = envelope?.date ?? internalDate;
  const parsed = date ? new Date(date) : new Date(0);
  return {
    subject: clipText(envelope?.subject ?? ''),
    from: addresses(envelope?.from),
    to: addresses(envelope?.to),
    cc: addresses(envelope?.cc),
    replyTo: addresses(envelope?.replyTo),
    date: (Number.isNaN(parsed.getTime()) ? new Date(0) : parsed).toISOString(),
    messageId: envelope?.messageId ?? null,
  };
}

function addresses(list: MessageAddressObject[] | undefined): Address[] {
  return (list ?? []).map(({ name, address }) => ({ name: name ?? '', address: address ?? '' }));
}

function headerLine(headers: Buffer | undefined, name: string): string | null {
  const unfolded = headers?.toString('utf8').replace(/\r?\n[ \t]+/g, ' ') ?? '';
  const line = unfolded.split(/\r?\n/).find((candidate) => candidate.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
