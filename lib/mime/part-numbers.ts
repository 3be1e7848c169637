import type { MessageStructureObject } from 'imapflow';

/** Deeper trees are hostile input: their insides are not numbered, listed or served. */
const MAX_DEPTH = 32;

/** A numbered node; `truncated` marks a multipart whose children were too deep to keep. */
export type NumberedNode = MessageStructureObject & { truncated?: boolean };

/**
 * BODYSTRUCTURE with the part numbers of RFC 3501 §6.4.5. imapflow numbers almost all of
 * them, but gives a non-multipart message no number (its body is part 1) and gives the body
 * of a message/rfc822 part P the number P when that body is not multipart (it is P.1): BODY[P]
 * is the whole attached message, headers included, and P.1 its text.
 */
export function numberParts(root: MessageStructureObject): NumberedNode {
  return renumber(root, undefined, 0);
}

function renumber(node: MessageStructureObject, number: string | undefined, depth: number): NumberedNode {
  const type = node.type.toLowerCase();
  const tooDeep = depth >= MAX_DEPTH;
  if (type.startsWith('multipart/')) {
    const children = tooDeep ? [] : (node.childNodes ?? []);
    return {
      ...node,
      ...(tooDeep && node.childNodes?.length ? { truncated: true } : {}),
      part: number,
      childNodes: children.map((child, index) =>
        renumber(child, number ? `${number}.${index + 1}` : String(index + 1), depth + 1),
      ),
    };
  }
  const own = number ?? '1';
  const inner = node.childNodes?.[0];
  if (type === 'message/rfc822' && inner && !tooDeep) {
    // A multipart body shares the wrapper's number (its children are P.1, P.2…); a single part is P.1.
    const innerNumber = inner.type.toLowerCase().startsWith('multipart/') ? own : `${own}.1`;
    return { ...node, part: own, childNodes: [renumber(inner, innerNumber, depth + 1)] };
  }
  return { ...node, part: own, childNodes: undefined };
}

/** The leaf or attached message numbered `part` in a numbered tree; multiparts are containers, not parts. */
export function findPart(node: MessageStructureObject, part: string): MessageStructureObject | undefined {
  if (node.part === part && !node.type.toLowerCase().startsWith('multipart/')) return node;
  for (const child of node.childNodes ?? []) {
    // Part numbers nest: only a child whose number prefixes `part` can hold it.
    if (child.part && child.part !== part && !part.startsWith(`${child.part}.`)) continue;
    const found = findPart(child, part);
    if (found) return found;
  }
  return undefined;
}

/** The message/rfc822 part numbered `part`: its envelope and its body's structure. */
export function findAttachedMessage(root: MessageStructureObject, part: string) {
  const node = findPart(root, part);
  if (node?.type.toLowerCase() !== 'message/rfc822') return undefined;
  const body = node.childNodes?.[0];
  return body ? { node, envelope: node.envelope, body } : undefined;
}
