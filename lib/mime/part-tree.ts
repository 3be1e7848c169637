import type { MessageStructureObject } from 'imapflow';
import libmime from 'libmime';
import type { MimePart } from '@/lib/schemas/message-view';
import { mediaType } from './media-type';
import { type NumberedNode, numberParts } from './part-numbers';

/**
 * Lists the parts a reader sees: leaves, and attached messages (message/rfc822) as one part
 * each, opened on their own rather than spilled into this message's list. Multipart
 * containers hold nothing to show or download. `numbered` says the tree already went through
 * numberParts (an attached message's body does). `truncated`: hostile depth or part counts
 * cut the list, and the reader should be told.
 *
 * File names come from Content-Disposition, then Content-Type `name`; imapflow has already
 * joined RFC 2231 continuations, RFC 2047 words are decoded here.
 */
export function listParts(
  node: MessageStructureObject | undefined,
  options: { numbered?: boolean } = {},
): { parts: MimePart[]; truncated: boolean } {
  const parts: MimePart[] = [];
  let truncated = false;
  const visit = (current: NumberedNode) => {
    if (parts.length >= PART_LIMIT) {
      truncated = true;
      return;
    }
    if (current.truncated) truncated = true;
    if (current.type.toLowerCase().startsWith('multipart/')) {
      for (const child of current.childNodes ?? []) visit(child);
      return;
    }
    parts.push(toPart(current));
  };
  if (node) visit(options.numbered ? node : numberParts(node));
  return { parts, truncated };
}

export function flattenParts(node: MessageStructureObject | undefined, options: { numbered?: boolean } = {}): MimePart[] {
  return listParts(node, options).parts;
}

const PART_LIMIT = 500;

/** RFC 2045 §6.2: these encodings leave the bytes as they are, so the encoded size is the decoded one. */
const IDENTITY_ENCODINGS = new Set(['7bit', '8bit', 'binary']);

function toPart(node: MessageStructureObject): MimePart {
  const filename = node.dispositionParameters?.filename ?? node.parameters?.name ?? attachedMessageName(node);
  return {
    part: node.part ?? '1',
    type: mediaType(node),
    size: node.size ?? 0,
    decodedSize: IDENTITY_ENCODINGS.has(node.encoding?.toLowerCase() ?? '7bit') ? (node.size ?? 0) : null,
    encoding: node.encoding?.toLowerCase() ?? null,
    charset: node.parameters?.charset?.toLowerCase() ?? null,
    format: textFormat(node.parameters),
    disposition: node.disposition?.toLowerCase() ?? null,
    filename: filename ? decodeWords(filename) : null,
    contentId: node.id ? node.id.replace(/^<|>$/g, '') : null,
  };
}

function textFormat(parameters: Record<string, string> | undefined): MimePart['format'] {
  if (parameters?.format?.toLowerCase() !== 'flowed') return 'fixed';
  return parameters.delsp?.toLowerCase() === 'yes' ? 'flowed-delsp' : 'flowed';
}

/** An attached message without a file name is named for its subject, as mail clients save it. */
function attachedMessageName(node: MessageStructureObject): string | null {
  if (node.type.toLowerCase() !== 'message/rfc822') return null;
  const subject = node.envelope?.subject?.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, ' ').trim();
  return `${(subject || 'Attached message').slice(0, 120)}.eml`;
}

function decodeWords(value: string): string {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}

/** What the reader sees as attachments: declared ones, named text files, and non-text parts that are not cid: pictures; never the part shown as the body. */
export function attachmentsOf(parts: MimePart[], referencedCids: Set<string>, shownPart: string | null): MimePart[] {
  return parts.filter((part) => {
    if (part.part === shownPart) return false;
    if (part.disposition === 'attachment') return true;
    // A named text part (an .html or .txt file sent inline) is a file, not more of the message.
    if (part.type.startsWith('text/')) return part.filename !== null;
    return !(part.contentId && referencedCids.has(part.contentId));
  });
}
