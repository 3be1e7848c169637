import type { Editor } from '@tiptap/react';
import { textToHtml } from '@/lib/compose/plain-rich';
import { findSignature, signatureParagraphs } from '@/lib/compose/swap-signature';

/** A top-level paragraph as text, a hard break a line end; null for any other block (a quote, a list). */
function paragraphText(node: Editor['state']['doc']): string | null {
  if (node.type.name !== 'paragraph') return null;
  return node.textBetween(0, node.content.size, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''));
}

/**
 * Swaps signature `from` for `to` in the editor's document (lib/compose/swap-signature.ts),
 * as one undoable step: replaced in place, removed, or inserted below the first paragraph
 * where there was none. A signature the user edited is not found, and stays.
 */
export function swapEditorSignature(editor: Editor, from: string, to: string): void {
  const { doc } = editor.state;
  const blocks = Array.from({ length: doc.childCount }, (_, index) => doc.child(index));
  const offset = (index: number) => blocks.slice(0, index).reduce((sum, node) => sum + node.nodeSize, 0);
  const html = signatureParagraphs(to).length > 0 ? textToHtml(`-- \n${to}`) : '';
  const found = findSignature(blocks.map(paragraphText), from);
  if (found) {
    const range = { from: offset(found.index), to: offset(found.index + found.count) };
    if (html) editor.chain().insertContentAt(range, html).run();
    else editor.chain().deleteRange(range).run();
  } else if (signatureParagraphs(from).length === 0 && html) {
    editor
      .chain()
      .insertContentAt(offset(Math.min(1, blocks.length)), html)
      .run();
  }
}
