import type { MessageStructureObject } from 'imapflow';
import libmime from 'libmime';
import type { MimePart } from '@/lib/schemas/message';

/**
 * Flattens BODYSTRUCTURE into leaf parts (multipart containers hold nothing to show or
 * download). File names come from Content-Disposition, then Content-Type `name`; imapflow
 * has already joined RFC 2231 continuations, RFC 2047 words are decoded here.
 */
export function flattenParts(node: MessageStructureObject | undefined, limit = 500): MimePart[] {
  const parts: MimePart[] = [];
  const visit = (current: MessageStructureObject, depth: number) => {
    // Absurd nesting or part counts are hostile input: stop listing, never recurse unbounded.
    if (parts.length >= limit || depth > 32) return;
    if (current.childNodes?.length) {
      for (const child of current.childNodes) visit(child, depth + 1);
      return;
    }
    parts.push(toPart(current));
  };
  if (node) visit(node, 0);
  return parts;
}

function toPart(node: MessageStructureObject): MimePart {
  const filename = node.dispositionParameters?.filename ?? node.parameters?.name ?? null;
  return {
    part: node.part ?? '1',
    type: node.type.toLowerCase(),
    size: node.size ?? 0,
    encoding: node.encoding?.toLowerCase() ?? null,
    charset: node.parameters?.charset?.toLowerCase() ?? null,
    disposition: node.disposition?.toLowerCase() ?? null,
    filename: filename ? decodeWords(filename) : null,
    contentId: node.id ? node.id.replace(/^<|>$/g, '') : null,
  };
}

function decodeWords(value: string): string {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}

/** What the reader sees as attachments: declared ones, and non-text parts that are not cid: pictures. */
export function attachmentsOf(parts: MimePart[], referencedCids: Set<string>): MimePart[] {
  return parts.filter((part) => {
    if (part.disposition === 'attachment') return true;
    if (part.type.startsWith('text/')) return false;
    return !(part.contentId && referencedCids.has(part.contentId));
  });
}
