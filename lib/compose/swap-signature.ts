import { htmlToText, textToHtml } from './plain-rich';

/**
 * Swapping the signature when the user picks another From, as Gmail and Thunderbird do. Only a
 * signature still exactly as inserted is swapped: one the user has edited is their text now,
 * and is left alone. Pure and browser-safe: the editor finds the block in its paragraphs with
 * `findSignature`, the plain-text mode swaps in its text with `swapSignatureText`.
 */

/** The signature's paragraphs as text, "-- " first (RFC 3676 §4.3); none for a blank signature. */
export function signatureParagraphs(signature: string): string[] {
  if (signature.trim() === '') return [];
  return htmlToText(textToHtml(`-- \n${signature}`)).split('\n\n');
}

/** The editor collapses runs of spaces as it parses HTML; compare as it does. */
const same = (a: string, b: string) => a.replace(/[ \t\u00a0]+/g, ' ') === b.replace(/[ \t\u00a0]+/g, ' ');

/** Where the signature's paragraphs stand, in order, among `paragraphs` (null for a block that is not a paragraph). */
export function findSignature(
  paragraphs: ReadonlyArray<string | null>,
  signature: string,
): { index: number; count: number } | null {
  const block = signatureParagraphs(signature);
  if (block.length === 0) return null;
  for (let index = 0; index + block.length <= paragraphs.length; index += 1) {
    if (block.every((line, k) => paragraphs[index + k] != null && same(paragraphs[index + k] as string, line)))
      return { index, count: block.length };
  }
  return null;
}

/**
 * The plain text with signature `from` replaced by `to`: removed with its blank line when `to`
 * is blank; inserted after the first paragraph (where the user writes) when there was none.
 */
export function swapSignatureText(text: string, from: string, to: string): string {
  const paragraphs = text.split('\n\n');
  const next = signatureParagraphs(to);
  const found = findSignature(paragraphs, from);
  if (found) paragraphs.splice(found.index, found.count, ...next);
  else if (signatureParagraphs(from).length === 0 && next.length > 0) paragraphs.splice(1, 0, ...next);
  else return text;
  return paragraphs.join('\n\n');
}
