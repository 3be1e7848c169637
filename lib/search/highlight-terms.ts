import { parseQuery } from './parse-query';
import type { QueryNode } from './query-ast';

/** Fields whose words show in the message's subject and text, where a reader looks for them. */
const SHOWN = new Set(['text', 'body', 'subject']);

/**
 * The words a search looked for in the message's text, to mark in the message it opened:
 * free words, `body:` and `subject:` values and phrases, never a negated one (`-draft` is
 * what the message does not say). A query that does not parse marks nothing.
 */
export function highlightTerms(query: string): string[] {
  let node: QueryNode | null;
  try {
    node = parseQuery(query).node;
  } catch {
    return [];
  }
  const terms = new Set<string>();
  const visit = (current: QueryNode) => {
    if (current.kind === 'and' || current.kind === 'or') current.nodes.forEach(visit);
    else if (current.kind === 'text' && SHOWN.has(current.field) && current.value.trim().length > 1)
      terms.add(current.value.trim().toLowerCase());
  };
  if (node) visit(node);
  return [...terms];
}
