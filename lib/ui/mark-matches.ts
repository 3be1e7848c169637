/** A piece of text, marked when it is one of the searched words. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
}

const literal = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all the terms, longest first so "budget plan" wins over "budget"; null for none. */
export function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(literal).join('|'), 'giu');
}

/** `text` cut where the terms occur, any case (IMAP SEARCH matches substrings, RFC 3501 §6.4.4). */
export function markMatches(text: string, pattern: RegExp | null): MarkedPiece[] {
  if (!pattern || text === '') return [{ text, marked: false }];
  const pieces: MarkedPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0] === '') continue;
    if (start > last) pieces.push({ text: text.slice(last, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}
