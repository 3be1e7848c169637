import type { MessageStructureObject } from 'imapflow';
import { mediaType } from './media-type';

/**
 * Whether BODYSTRUCTURE shows an attachment, without fetching a byte of the body: a part
 * with `Content-Disposition: attachment`, an attached message (message/rfc822), or a non-text leaf that is not an inline image
 * of a multipart/related HTML body (RFC 2387: those are `cid:` pictures, not attachments).
 */
const MAX_DEPTH = 64;

export function hasAttachments(node: MessageStructureObject | undefined, insideRelated = false, depth = 0): boolean {
  // Deeper than any real message (Dovecot caps nesting, other servers may not): a hostile tree, not recursed into.
  if (!node || depth > MAX_DEPTH) return false;
  const type = mediaType(node);
  // An attached message is an attachment whatever it holds (imapflow gives it its body as a child).
  if (type === 'message/rfc822') return true;
  if (node.childNodes?.length) {
    return node.childNodes.some((child) => hasAttachments(child, type === 'multipart/related', depth + 1));
  }
  if (node.disposition?.toLowerCase() === 'attachment') return true;
  if (type.startsWith('text/') || type.startsWith('multipart/')) return false;
  const inlinePicture = type.startsWith('image/') && (insideRelated || node.disposition?.toLowerCase() === 'inline');
  return !inlinePicture;
}
