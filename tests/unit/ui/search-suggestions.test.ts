import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/search/parse-query';
import { SEARCH_OPERATORS } from '@/lib/ui/search-operators';
import { applySuggestion, type SearchSuggestion, searchSuggestions, tokenAt } from '@/lib/ui/search-suggestions';

const sources = { labels: ['Work', 'Team A', 'Workshop', 'Say "hi" now'], folders: ['INBOX', 'Archive/2024', 'Old mail'] };
/** Suggestions with the caret at the end, or where `|` marks it. */
const at = (typed: string) => {
  const caret = typed.includes('|') ? typed.indexOf('|') : typed.length;
  return searchSuggestions(typed.replace('|', ''), caret, sources);
};
const texts = (typed: string) => at(typed).map((suggestion) => suggestion.text);
const suggestion = (text: string): SearchSuggestion => ({ text, description: '' });

describe('the token under the caret', () => {
  it('is the run the caret is in or just after; between tokens there is none', () => {
    expect(tokenAt('from:ana subj', 13)).toEqual({ start: 9, end: 13 });
    expect(tokenAt('from:ana subj', 6)).toEqual({ start: 0, end: 8 });
    expect(tokenAt('from:ana subj', 9)).toBeNull();
    expect(tokenAt('', 0)).toBeNull();
  });

  it('ends at parentheses, and runs over the spaces of a phrase, closed or still open', () => {
    expect(tokenAt('(is:un OR x)', 6)).toEqual({ start: 1, end: 6 });
    expect(tokenAt('label:"Team A" x', 12)).toEqual({ start: 0, end: 14 });
    expect(tokenAt('a label:"Team A', 15)).toEqual({ start: 2, end: 15 });
  });
});

describe('operator suggestions', () => {
  it('offers the operators whose name starts with what is typed, in any case', () => {
    expect(texts('fr')).toEqual(['from:']);
    expect(texts('FR')).toEqual(['from:']);
    expect(texts('s')).toEqual(['subject:', 'smaller:']);
    expect(at('fr')[0]?.description).toBe('Sender');
  });

  it('offers has: whole, since attachment is its one value', () => {
    expect(texts('ha')).toEqual(['has:attachment']);
    expect(texts('has:')).toEqual(['has:attachment']);
  });

  it('puts an exact name first, so a whole token is confirmed rather than lengthened', () => {
    expect(texts('to')).toEqual(['to:']);
    expect(texts('o')).toEqual(['on:', 'older_than:']);
    expect(texts('in')).toEqual(['in:']);
  });

  it('offers the states after is:, narrowed by what follows the colon', () => {
    expect(texts('is:')).toEqual([
      'is:unread',
      'is:read',
      'is:starred',
      'is:answered',
      'is:draft',
      'is:assigned',
      'is:waiting',
      'is:done',
    ]);
    expect(texts('is:un')).toEqual(['is:unread']);
    expect(at('is:un')[0]?.description).toBe('Unread messages');
    expect(texts('is:read')).toEqual(['is:read', 'is:unread']);
  });

  it('offers the given labels, quoting those with spaces and leaving out one that cannot be written', () => {
    expect(texts('label:')).toEqual(['label:Work', 'label:"Team A"', 'label:Workshop']);
    expect(texts('label:te')).toEqual(['label:"Team A"']);
    expect(texts('label:"Team')).toEqual(['label:"Team A"']);
    expect(texts('label:work')).toEqual(['label:Work', 'label:Workshop']);
  });

  it('offers in:anywhere and the given folders after in:', () => {
    expect(texts('in:')).toEqual(['in:anywhere', 'in:INBOX', 'in:Archive/2024', 'in:"Old mail"']);
    expect(texts('in:arch')).toEqual(['in:Archive/2024']);
    expect(texts('in:an')).toEqual(['in:anywhere']);
  });

  it('offers ages and sizes as examples, and nothing for free text, dates or unknown names', () => {
    expect(texts('older_than:')).toEqual(['older_than:7d', 'older_than:1m', 'older_than:1y']);
    expect(texts('larger:5')).toEqual(['larger:5M']);
    expect(texts('from:')).toEqual([]);
    expect(texts('before:')).toEqual([]);
    expect(texts('zebra')).toEqual([]);
    expect(texts('foo:')).toEqual([]);
    expect(texts('"fr')).toEqual([]);
    expect(texts('10:30')).toEqual([]);
    expect(texts('https://x')).toEqual([]);
  });

  it('keeps a leading minus, and reads only the token under the caret', () => {
    expect(texts('-is:st')).toEqual(['-is:starred']);
    expect(texts('from:ana fr| subject:x')).toEqual(['from:']);
    expect(texts('fr |subject:x')).toEqual([]);
    expect(texts('(has:a')).toEqual(['has:attachment']);
  });

  it('shows at most eight', () => {
    const folders = Array.from({ length: 20 }, (_, index) => `F${index}`);
    expect(searchSuggestions('in:', 3, { labels: [], folders })).toHaveLength(8);
  });

  it('only ever suggests what the parser reads', () => {
    const queries = SEARCH_OPERATORS.flatMap((operator) => {
      const named = texts(operator.name).filter((text) => !text.endsWith(':'));
      const values = texts(`${operator.name}:`);
      const sample = /^(before|after|on)$/.test(operator.name) ? '2024/01/31' : 'ana';
      return [...named, ...(values.length > 0 ? values : [`${operator.name}:${sample}`])];
    });
    expect(queries).toContain('has:attachment');
    expect(queries).toContain('label:"Team A"');
    for (const query of queries) expect(() => parseQuery(query), query).not.toThrow();
    expect(parseQuery('in:"Old mail" x').scope).toEqual({ kind: 'folder', name: 'Old mail' });
  });
});

describe('applying a suggestion', () => {
  it('replaces the token and leaves the caret after a colon, for the value', () => {
    expect(applySuggestion('fr', 2, suggestion('from:'))).toEqual({ query: 'from:', caret: 5 });
  });

  it('adds a space after a whole term, so the next can be typed', () => {
    expect(applySuggestion('is:un', 5, suggestion('is:unread'))).toEqual({ query: 'is:unread ', caret: 10 });
  });

  it('keeps the rest of the query, and steps over a space already there', () => {
    expect(applySuggestion('from:ana is:u subject:x', 13, suggestion('is:unread'))).toEqual({
      query: 'from:ana is:unread subject:x',
      caret: 19,
    });
    expect(applySuggestion('lab x', 3, suggestion('label:'))).toEqual({ query: 'label: x', caret: 6 });
  });

  it('replaces a whole phrase being typed, and closes up to a parenthesis', () => {
    expect(applySuggestion('label:"Te', 9, suggestion('label:"Team A"'))).toEqual({ query: 'label:"Team A" ', caret: 15 });
    expect(applySuggestion('(is:st)', 6, suggestion('is:starred'))).toEqual({ query: '(is:starred)', caret: 11 });
  });

  it('keeps a minus typed before the token', () => {
    const [first] = at('-has');
    expect(first && applySuggestion('-has', 4, first)).toEqual({ query: '-has:attachment ', caret: 16 });
  });
});
