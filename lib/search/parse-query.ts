import { type ParsedQuery, type QueryNode, QuerySyntaxError, type SearchScope, type Term } from './query-ast';
import { operatorTerm } from './query-operators';
import { type QueryToken, tokenizeQuery } from './tokenize-query';

/** Deeper parentheses than any person types: a bound, so a hostile query cannot exhaust the stack. */
const MAX_DEPTH = 32;

const isScope = (value: Term | SearchScope): value is SearchScope => value.kind === 'folder' || value.kind === 'anywhere';

/**
 * Parses a Gmail-style query (recursive descent over tokenize-query.ts's tokens):
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary+              juxtaposition, or "AND" between
 *   unary   := "-" unary | primary
 *   primary := "(" or ")" | word | "phrase" | name:value
 *
 * `in:` names where to search, once, at the top level, never negated, inside parentheses or
 * beside an OR: it is the scope, not a criterion. Anything else that cannot be read throws
 * QuerySyntaxError naming the token and where it is.
 */
export function parseQuery(query: string): ParsedQuery {
  const parser = new Parser(tokenizeQuery(query));
  return parser.parse();
}

class Parser {
  private at = 0;
  private depth = 0;
  private scope: SearchScope | null = null;
  /** Where the scope was written, for the error when an OR would make it one side's. */
  private scopeToken: QueryToken | null = null;

  constructor(private readonly tokens: QueryToken[]) {}

  parse(): ParsedQuery {
    if (this.tokens.length === 0) return { node: null, scope: null };
    const node = this.or();
    const extra = this.peek();
    if (extra)
      throw new QuerySyntaxError(extra.type === ')' ? 'unmatched parenthesis' : 'unexpected', extra.text, extra.position);
    return { node, scope: this.scope };
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.at];
  }

  private or(): QueryNode | null {
    const scoped = this.scope !== null;
    const nodes = [this.and()];
    while (this.peek()?.type === 'or') {
      const or = this.tokens[this.at++] as QueryToken;
      const next = this.and();
      if (!next || !nodes[0]) throw new QuerySyntaxError('OR needs a term on both sides', or.text, or.position);
      nodes.push(next);
    }
    // `a in:Sent OR b` would read as one side's folder; the scope is the whole query's (`in:Sent (a OR b)`).
    const token = this.scopeToken;
    if (nodes.length > 1 && !scoped && token)
      throw new QuerySyntaxError('in: applies to the whole query', token.text, token.position);
    return nodes.length === 1 ? (nodes[0] ?? null) : { kind: 'or', nodes: nodes as QueryNode[] };
  }

  private and(): QueryNode | null {
    const nodes: QueryNode[] = [];
    for (let token = this.peek(); token && token.type !== ')' && token.type !== 'or'; token = this.peek()) {
      if (token.type === 'and') {
        this.at += 1;
        continue;
      }
      const node = this.unary();
      if (node) nodes.push(node);
    }
    if (nodes.length <= 1) return nodes[0] ?? null;
    return { kind: 'and', nodes };
  }

  /** A run of `-` read in a loop, not by recursion: NOT NOT x is x, so only its parity counts. */
  private unary(): QueryNode | null {
    let negations = 0;
    for (let token = this.peek(); token?.type === 'not'; token = this.peek()) {
      negations += 1;
      this.at += 1;
      const next = this.peek();
      if (!next || next.type === ')' || next.type === 'or' || next.type === 'and')
        throw new QuerySyntaxError('- needs a term after it', token.text, token.position);
    }
    const node = this.primary(negations > 0);
    return node && negations % 2 === 1 ? { kind: 'not', node } : node;
  }

  private primary(negated: boolean): QueryNode | null {
    const token = this.tokens[this.at++] as QueryToken;
    switch (token.type) {
      case '(':
        return this.group(token);
      case 'word':
      case 'phrase':
        return { kind: 'text', field: 'text', value: token.value };
      case 'operator': {
        const term = operatorTerm(token);
        if (!isScope(term)) return term;
        if (negated || this.depth > 0) throw new QuerySyntaxError('in: applies to the whole query', token.text, token.position);
        if (this.scope) throw new QuerySyntaxError('only one in: per query', token.text, token.position);
        this.scope = term;
        this.scopeToken = token;
        return null;
      }
      default:
        throw new QuerySyntaxError('unexpected', token.text, token.position);
    }
  }

  private group(open: QueryToken): QueryNode {
    if (this.depth >= MAX_DEPTH) throw new QuerySyntaxError('too many nested parentheses', open.text, open.position);
    this.depth += 1;
    const node = this.or();
    this.depth -= 1;
    if (this.peek()?.type !== ')') throw new QuerySyntaxError('unclosed parenthesis', open.text, open.position);
    this.at += 1;
    if (!node) throw new QuerySyntaxError('empty parentheses', open.text, open.position);
    return node;
  }
}
