import 'server-only';
import type { MessageStructureObject } from 'imapflow';
import PostalMime, { type Address } from 'postal-mime';
import { stageBytes } from '@/lib/attachments/stage-bytes';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, messageId } from '@/lib/ids';
import { fetchMessage, withMessage } from '@/lib/imap/connection/with-message';
import { specialFolder } from '@/lib/imap/folders/special-folder';
import { type DraftResponse, Recipient } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import { parseComposeHeader } from './compose-header';
import { COMPOSE_HEADER } from './outgoing-message';

const NOT_A_DRAFT = 'This is not a draft.';

/**
 * A draft, as the compose view resumes it on any device: its recipients, subject and bodies,
 * the app's reply/forward links (X-Letterbox-Compose), and its attachments staged again, so
 * the next save or the send carries them as if just uploaded. The whole message is fetched:
 * its attachments are needed whole anyway. Only a \Draft message of the Drafts folder is a
 * draft; an address another client wrote that the compose schema refuses is left out.
 */
export async function readDraft(account: Account, ref: MessageRef): Promise<DraftResponse> {
  const { source, structure } = await withMessage(
    account,
    ref,
    async (context) => {
      if ((await specialFolder(context.client, '\\Drafts')) !== ref.path) throw new AppError('NOT_FOUND', NOT_A_DRAFT);
      const message = await fetchMessage(context, { uid: true, flags: true, source: true, bodyStructure: true });
      if (!message.flags?.has('\\Draft') || !message.source) throw new AppError('NOT_FOUND', NOT_A_DRAFT);
      return { source: message.source, structure: message.bodyStructure };
    },
    { verify: false },
  );
  const parsed = await PostalMime.parse(source, { attachmentEncoding: 'arraybuffer' });
  const links = parseComposeHeader(parsed.headers.find((header) => header.key === COMPOSE_HEADER.toLowerCase())?.value);
  // A message forwarded as an attachment is carried by its link, not staged as a file.
  const isForwarded = (part: (typeof parsed.attachments)[number]) =>
    links.forwardAs === 'attachment' && part.mimeType === 'message/rfc822';
  const files = parsed.attachments.filter((part) => !isForwarded(part));
  const forwarded = parsed.attachments.find(isForwarded);
  const attachments = [];
  for (const part of files) {
    const bytes = typeof part.content === 'string' ? Buffer.from(part.content) : new Uint8Array(part.content);
    attachments.push(await stageBytes(account, { filename: part.filename ?? 'attachment', contentType: part.mimeType, bytes }));
  }
  const [from] = recipients(parsed.from ? [parsed.from] : []);
  return {
    draftId: messageId(ref),
    ...(from ? { from } : {}),
    to: recipients(parsed.to),
    cc: recipients(parsed.cc),
    bcc: recipients(parsed.bcc),
    subject: parsed.subject ?? '',
    ...(parsed.html ? { html: parsed.html } : {}),
    text: parsed.text ?? '',
    attachments,
    ...links,
    ...(forwarded
      ? { forwardedMessage: { filename: forwarded.filename ?? 'Forwarded message.eml', size: attachedMessageSize(structure) } }
      : {}),
  };
}

/**
 * The size of the attached message/rfc822 part as stored (the server's BODYSTRUCTURE): it is
 * the original byte for byte (8bit), where the parser's copy has its line ends made LF.
 */
function attachedMessageSize(node: MessageStructureObject | undefined): number {
  if (!node) return 0;
  if (node.type === 'message/rfc822' && node.disposition === 'attachment') return node.size ?? 0;
  for (const child of node.childNodes ?? []) {
    const size = attachedMessageSize(child);
    if (size > 0) return size;
  }
  return 0;
}

/** Mailboxes of an address list, groups flattened; what the compose schema refuses is dropped. */
function recipients(list: Address[] | undefined): Recipient[] {
  const flat = (list ?? []).flatMap((entry) => ('group' in entry && entry.group ? entry.group : [entry]));
  return flat.flatMap((entry) => {
    const checked = Recipient.safeParse({ ...(entry.name ? { name: entry.name } : {}), address: entry.address ?? '' });
    return checked.success ? [checked.data] : [];
  });
}
