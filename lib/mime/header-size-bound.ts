import type { MessageStructureObject } from 'imapflow';

const MAX_DEPTH = 64;

/**
 * An upper bound on the size of a message's header from what the server has indexed:
 * RFC822.SIZE minus the bodies BODYSTRUCTURE sizes. The leaves' bodies are disjoint and
 * outside the top-level header, so the header can only be smaller (part headers and
 * boundaries are counted in too). An attached message's size covers all of it: not descended.
 */
export function headerSizeBound(size: number, structure: MessageStructureObject | undefined): number {
  return Math.max(0, size - bodyBytes(structure, 0));
}

function bodyBytes(node: MessageStructureObject | undefined, depth: number): number {
  if (!node || depth > MAX_DEPTH) return 0;
  if (node.type.toLowerCase().startsWith('multipart/')) {
    return (node.childNodes ?? []).reduce((sum, child) => sum + bodyBytes(child, depth + 1), 0);
  }
  return node.size ?? 0;
}
