import { type OperatorValue, SEARCH_OPERATORS, type SearchOperator, type SuggestionSources } from './search-operators';

export type { SuggestionSources } from './search-operators';

/** One completion of the token under the caret: the text that replaces it, and what it means. */
export interface SearchSuggestion {
  text: string;
  description: string;
}

/** More would push the list past a phone's keyboard; typing more narrows it. */
const SHOWN = 8;
const BREAK = /[\s()]/;
const NAME = /^[a-z_]+$/i;

/**
 * The span of the token the caret is in or just after, as lib/search/tokenize-query.ts reads
 * tokens: a run up to a space or parenthesis, where a phrase (`"…"` or `name:"…"`) runs to its
 * closing quote, or to the end while it is still being typed. Null between tokens.
 */
export function tokenAt(query: string, caret: number): { start: number; end: number } | null {
  let at = 0;
  while (at < query.length) {
    if (BREAK.test(query[at] as string)) {
      at += 1;
      continue;
    }
    const start = at;
    at = tokenEnd(query, start);
    if (start < caret && caret <= at) return { start, end: at };
    if (start >= caret) return null;
  }
  return null;
}

function tokenEnd(query: string, start: number): number {
  const head = /^-*(?:[A-Za-z_]+:)?"/.exec(query.slice(start));
  if (head) {
    const close = query.indexOf('"', start + head[0].length);
    return close < 0 ? query.length : close + 1;
  }
  let end = start;
  while (end < query.length && !BREAK.test(query[end] as string)) end += 1;
  return end;
}

/**
 * The completions of the token under the caret: operator names while the name is typed
 * (`fr` → `from:`), then the operator's values after its colon (`is:` → `is:unread`, …;
 * `label:` and `in:` from `sources`). A leading `-` is kept. Exact matches come first, so a
 * token already whole is confirmed rather than replaced by a longer name.
 */
export function searchSuggestions(query: string, caret: number, sources: SuggestionSources): SearchSuggestion[] {
  const span = tokenAt(query, caret);
  if (!span) return [];
  const token = query.slice(span.start, span.end);
  const sign = /^-*/.exec(token)?.[0] ?? '';
  const typed = token.slice(sign.length);
  const colon = typed.indexOf(':');
  const found = colon < 0 ? nameSuggestions(typed) : valueSuggestions(typed.slice(0, colon), typed.slice(colon + 1), sources);
  return found.slice(0, SHOWN).map((suggestion) => ({ ...suggestion, text: sign + suggestion.text }));
}

function nameSuggestions(typed: string): SearchSuggestion[] {
  if (!NAME.test(typed)) return [];
  const wanted = typed.toLowerCase();
  const found = SEARCH_OPERATORS.filter((operator) => operator.name.startsWith(wanted));
  return rank(found, (operator) => operator.name, wanted).map(nameCompletion);
}

function nameCompletion({ name, description, whole }: SearchOperator): SearchSuggestion {
  if (whole) return { text: `${name}:${whole.value}`, description: whole.description };
  return { text: `${name}:`, description };
}

function valueSuggestions(name: string, value: string, sources: SuggestionSources): SearchSuggestion[] {
  const operator = SEARCH_OPERATORS.find((candidate) => candidate.name === name.toLowerCase());
  if (!operator?.values) return [];
  // The closing quote is optional while typing: `label:"Team` and `label:"Team A"` both look for Team.
  const wanted = value.replace(/^"/, '').replace(/"$/, '').toLowerCase();
  const found = operator.values(sources).filter((option) => option.value.toLowerCase().includes(wanted));
  return rank(found, (option: OperatorValue) => option.value, wanted).flatMap((option) => {
    const written = operatorValue(option.value);
    return written === null ? [] : [{ text: `${operator.name}:${written}`, description: option.description }];
  });
}

/** Exact matches, then those starting with what was typed, then the rest; each group in its own order. */
function rank<T>(items: readonly T[], text: (item: T) => string, wanted: string): T[] {
  const score = (item: T) => {
    const lower = text(item).toLowerCase();
    return lower === wanted ? 0 : lower.startsWith(wanted) ? 1 : 2;
  };
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * A value as the tokenizer reads it back: bare when it can be, else quoted (`label:"Team A"`).
 * A phrase cannot hold a quote, so a name with both a quote and a space cannot be written: null.
 */
function operatorValue(value: string): string | null {
  const bare = value !== '' && !BREAK.test(value) && !value.startsWith('"') && !value.startsWith('//');
  if (bare) return value;
  return value.includes('"') ? null : `"${value}"`;
}

/**
 * The query with `suggestion` in place of the token under the caret, and where the caret goes:
 * after it, past one space, so the next term can be typed; right after the colon when the
 * suggestion is an operator name waiting for its value.
 */
export function applySuggestion(query: string, caret: number, suggestion: SearchSuggestion): { query: string; caret: number } {
  const span = tokenAt(query, caret) ?? { start: caret, end: caret };
  const before = query.slice(0, span.start) + suggestion.text;
  const rest = query.slice(span.end);
  if (suggestion.text.endsWith(':')) return { query: before + rest, caret: before.length };
  if (/^\s/.test(rest)) return { query: before + rest, caret: before.length + 1 };
  if (rest.startsWith(')')) return { query: before + rest, caret: before.length };
  return { query: `${before} ${rest}`, caret: before.length + 1 };
}
