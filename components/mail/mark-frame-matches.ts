import { markMatches, termPattern } from '@/lib/ui/mark-matches';

/** Elements whose text a reader does not see as text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE']);

/**
 * Marks the searched words in a message frame's document (same origin, never scripted: the
 * parent does it). Only text nodes are split and <mark> elements made with textContent, so
 * nothing of the message is ever parsed again as HTML.
 */
export function markFrameMatches(doc: Document, terms: readonly string[]): number {
  const pattern = termPattern(terms);
  if (!pattern || !doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && SKIPPED.has(node.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marked = 0;
  for (const node of nodes) {
    const pieces = markMatches(node.data, pattern);
    if (pieces.length === 1 && !pieces[0]?.marked) continue;
    const fragment = doc.createDocumentFragment();
    for (const piece of pieces) {
      if (!piece.marked) fragment.append(piece.text);
      else {
        const mark = doc.createElement('mark');
        mark.textContent = piece.text;
        fragment.append(mark);
        marked += 1;
      }
    }
    node.replaceWith(fragment);
  }
  return marked;
}
