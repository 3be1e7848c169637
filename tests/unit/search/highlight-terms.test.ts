import { describe, expect, it } from 'vitest';
import { highlightTerms } from '@/lib/search/highlight-terms';
import { markMatches, termPattern } from '@/lib/ui/mark-matches';

describe('highlightTerms', () => {
  it.each([
    ['zeppelin', ['zeppelin']],
    ['from:ana Budget "next year" subject:plans body:Grüße', ['budget', 'next year', 'plans', 'grüße']],
    ['(alpha OR beta) -gamma', ['alpha', 'beta']],
    ['from:ana is:unread larger:1M in:anywhere', []],
    ['a b', []],
    ['frm:x budget', []],
  ])('%s → %j', (query, terms) => {
    expect(highlightTerms(query)).toEqual(terms);
  });
});

describe('markMatches', () => {
  it('marks every occurrence in any case, longest term first, and keeps the text whole', () => {
    const text = 'The Budget plan: budget planning, BUDGET.';
    const pieces = markMatches(text, termPattern(['budget', 'budget plan']));
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['Budget plan', 'budget plan', 'BUDGET']);
  });

  it('takes the terms as text, never as a pattern', () => {
    const pieces = markMatches('a.b a*b (x)', termPattern(['a*b', '(x)']));
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['a*b', '(x)']);
  });

  it('marks nothing without terms', () => {
    expect(markMatches('anything', termPattern([]))).toEqual([{ text: 'anything', marked: false }]);
  });
});
