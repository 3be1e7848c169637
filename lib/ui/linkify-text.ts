/** A piece of a plain-text body: text, a link, or the start of a quoted block. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

export interface TextLine {
  /** How many `>` quote markers the line starts with (RFC 3676 §4.5 quote depth). */
  depth: number;
  pieces: TextPiece[];
}

const URL_PATTERN = /\b(?:https?:\/\/|mailto:)[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/** Splits a plain-text body into lines with quote depth and clickable http(s)/mailto links. */
export function linkifyText(text: string): TextLine[] {
  return text.split(/\r?\n/).map((raw) => {
    const quote = /^((?:>\s?)+)/.exec(raw)?.[1] ?? '';
    const depth = (quote.match(/>/g) ?? []).length;
    const line = raw.slice(quote.length);
    const pieces: TextPiece[] = [];
    let last = 0;
    for (const match of line.matchAll(URL_PATTERN)) {
      const start = match.index ?? 0;
      if (start > last) pieces.push({ kind: 'text', text: line.slice(last, start) });
      pieces.push({ kind: 'link', text: match[0], href: match[0] });
      last = start + match[0].length;
    }
    if (last < line.length || pieces.length === 0) pieces.push({ kind: 'text', text: line.slice(last) });
    return { depth, pieces };
  });
}
