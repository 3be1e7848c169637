import type { MimePart } from '@/lib/schemas/message-view';

/**
 * The part to display: the first inline text/html, else the first inline text/plain
 * (multipart/alternative lists the richest version last, RFC 2046 §5.1.4, but a
 * multipart/mixed may also hold several texts: the first one is the message).
 */
export function chooseBody(parts: MimePart[]): MimePart | null {
  const inlineText = parts.filter((part) => part.disposition !== 'attachment' && !part.filename);
  return (
    inlineText.find((part) => part.type === 'text/html') ??
    inlineText.find((part) => part.type === 'text/plain') ??
    parts.find((part) => part.type === 'text/plain' && part.disposition !== 'attachment') ??
    null
  );
}
