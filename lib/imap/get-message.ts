import 'server-only';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { apiPaths } from '@/lib/api-paths';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, mailboxId, messageId } from '@/lib/ids';
import { fieldsFromEnvelope } from '@/lib/mime/header-fields';
import { findAttachedMessage, numberParts } from '@/lib/mime/part-numbers';
import { attachmentsOf, listParts } from '@/lib/mime/part-tree';
import { type BodyNote, type MessageView, PartNumber } from '@/lib/schemas/message-view';
import type { Account } from '@/lib/session/account';
import { RAW_HEADER_BYTES, readHeaders } from './commands/read-headers';
import { fetchMessage, type MessageContext, messageGone, withMessage } from './connection/with-message';
import { withDecodedSizes } from './message/decoded-sizes';
import { readBody } from './message/read-body';

/**
 * The reading pane's message: one FETCH of BODYSTRUCTURE and the sizes, one of the header
 * fields (ENVELOPE + List-Unsubscribe, or the start of a huge header: read-headers.ts), then
 * one partial fetch of the display part only. Attachments are listed, never fetched.
 * BODY.PEEK throughout: reading does not set \Seen; the client asks for that separately.
 *
 * With `part`, the message attached to this one as that message/rfc822 part (a forward as
 * attachment, a bounce): its envelope and structure come in the first BODYSTRUCTURE.
 */
export function getMessage(
  account: Account,
  ref: MessageRef,
  options: { allowRemote: boolean; part?: string },
): Promise<MessageView> {
  const id = messageId(ref);
  const load = async (context: MessageContext): Promise<MessageView> => {
    const { client, features } = context;
    const message = await fetchMessage(context, VIEW_QUERY);
    const shown = options.part ? attachedMessage(message, options.part) : await topLevel(client, message);
    const { parts, truncated } = listParts(shown.body, { numbered: true });
    const referencedCids = new Set<string>();
    const cidUrl = (contentId: string) => {
      const part = parts.find((candidate) => candidate.contentId === contentId);
      if (!part) return null;
      referencedCids.add(contentId);
      return apiPaths.part(id, part.part);
    };
    const structure = {
      parts,
      truncated,
      multipart: shown.body?.type.toLowerCase().startsWith('multipart/') ?? false,
      textSection: options.part ? `${options.part}.TEXT` : 'TEXT',
      unparsed: !shown.body,
      source: { section: options.part ?? null, size: shown.size },
    };
    const body = await readBody(client, features, ref.uid, structure, cidUrl, options.allowRemote);
    return {
      ...shown.headers,
      id,
      part: options.part ?? null,
      uid: ref.uid,
      mailboxId: mailboxId(ref.path),
      size: shown.size,
      parts,
      attachments: await withDecodedSizes(client, features, ref.uid, attachmentsOf(parts, referencedCids, body.part)),
      body: { ...body, notes: [...shown.notes, ...body.notes] },
    };
  };
  // The view's own FETCH doubles as the existence check.
  return withMessage(account, ref, load, { verify: false });
}

async function topLevel(client: ImapFlow, message: FetchMessageObject) {
  const body = message.bodyStructure ? numberParts(message.bodyStructure) : undefined;
  const size = message.size ?? 0;
  const read = (await readHeaders(client, [message], { listUnsubscribe: true })).get(message.uid);
  if (!read) throw messageGone();
  const notes: BodyNote[] = read.cut ? [{ code: 'header-cut', args: { readBytes: RAW_HEADER_BYTES } }] : [];
  return { body, headers: { ...read.fields, listUnsubscribe: read.listUnsubscribe }, size, notes };
}

function attachedMessage(message: FetchMessageObject, part: string) {
  const valid = PartNumber.safeParse(part).success;
  const attached = valid && message.bodyStructure ? findAttachedMessage(numberParts(message.bodyStructure), part) : undefined;
  if (!attached) throw new AppError('NOT_FOUND', 'This message has no attached message there.');
  const headers = { ...fieldsFromEnvelope(attached.envelope, undefined), listUnsubscribe: null };
  return { body: attached.body, headers, size: attached.node.size ?? 0, notes: [] as BodyNote[] };
}

/** Sizes and structure first: whether ENVELOPE may be asked for depends on them (read-headers.ts). */
const VIEW_QUERY = { uid: true, bodyStructure: true, size: true, internalDate: true };
