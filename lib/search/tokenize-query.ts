import { QuerySyntaxError } from './query-ast';

/**
 * One token of a search query, with its 0-based offset for error messages:
 * a word, a "quoted phrase", `name:value` (the value a word or a phrase), `(`, `)`, `OR`,
 * `AND`, or `-` directly before what it negates.
 */
export type QueryToken =
  | { type: 'word' | 'phrase'; text: string; value: string; position: number }
  | { type: 'operator'; text: string; name: string; value: string; position: number }
  | { type: '(' | ')' | 'or' | 'and' | 'not'; text: string; position: number };

const SPACE = /\s/;
/** Letters and `_` before a colon make an operator (`older_than:`); `10:30` or `€:` stay words. */
const OPERATOR = /^([A-Za-z_]+):/;

/**
 * Splits a query into tokens. Quotes group words into one phrase (Gmail's `"exact words"`),
 * inside which nothing is special; `OR` and `AND` are operators only in capitals, as in
 * Gmail; a URL (`https://…`) is a word, not an operator. An unclosed quote is an error naming
 * where it opened.
 */
export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let at = 0;
  while (at < query.length) {
    const char = query[at] as string;
    if (SPACE.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char, text: char, position: at });
      at += 1;
    } else if (char === '-' && at + 1 < query.length && !SPACE.test(query[at + 1] as string) && query[at + 1] !== ')') {
      tokens.push({ type: 'not', text: '-', position: at });
      at += 1;
    } else if (char === '"') {
      const { value, end } = phrase(query, at);
      tokens.push({ type: 'phrase', text: query.slice(at, end), value, position: at });
      at = end;
    } else {
      const token = wordOrOperator(query, at);
      tokens.push(token);
      at += token.text.length;
    }
  }
  return tokens;
}

/** A quoted phrase from the quote at `start`: its words, and the offset after its closing quote. */
function phrase(query: string, start: number): { value: string; end: number } {
  const close = query.indexOf('"', start + 1);
  if (close < 0) throw new QuerySyntaxError('unclosed quote', query.slice(start, start + 20), start);
  return { value: query.slice(start + 1, close), end: close + 1 };
}

/** A bare run up to a space or parenthesis; `name:` before it makes an operator whose value may be a phrase. */
function wordOrOperator(query: string, start: number): QueryToken {
  const operator = OPERATOR.exec(query.slice(start));
  const name = operator?.[1];
  const valueStart = start + (operator?.[0].length ?? 0);
  if (name && !query.startsWith('//', valueStart)) {
    if (query[valueStart] === '"') {
      const { value, end } = phrase(query, valueStart);
      return { type: 'operator', text: query.slice(start, end), name: name.toLowerCase(), value, position: start };
    }
    const end = bareEnd(query, valueStart);
    const value = query.slice(valueStart, end);
    return { type: 'operator', text: query.slice(start, end), name: name.toLowerCase(), value, position: start };
  }
  const text = query.slice(start, bareEnd(query, start));
  if (text === 'OR') return { type: 'or', text, position: start };
  if (text === 'AND') return { type: 'and', text, position: start };
  return { type: 'word', text, value: text, position: start };
}

function bareEnd(query: string, from: number): number {
  let end = from;
  while (end < query.length && !SPACE.test(query[end] as string) && query[end] !== '(' && query[end] !== ')') end += 1;
  return end;
}
