import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/lib/search/parse-query';
import { QuerySyntaxError } from '@/lib/search/query-ast';

const text = (value: string, field = 'text') => ({ kind: 'text', field, value });

/** The error a query throws: its reason, token and 0-based position. */
function refusal(query: string) {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { reason: error.reason, token: error.token, position: error.position };
    throw error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('parseQuery', () => {
  it('reads free words and phrases as TEXT, ANDed', () => {
    expect(parseQuery('quarterly "board meeting"')).toEqual({
      node: { kind: 'and', nodes: [text('quarterly'), text('board meeting')] },
      scope: null,
    });
    expect(parseQuery('   ')).toEqual({ node: null, scope: null });
  });

  it('reads every operator Gmail users know', () => {
    const { node } = parseQuery(
      'from:ana to:"Bea Ruiz" cc:c bcc:d subject:plan body:budget has:attachment is:unread is:Starred label:Work ' +
        'before:2026/01/31 after:2025-12-01 on:2026-02-28 older_than:7d newer_than:2y larger:10k smaller:2M',
    );
    expect(node).toEqual({
      kind: 'and',
      nodes: [
        text('ana', 'from'),
        text('Bea Ruiz', 'to'),
        text('c', 'cc'),
        text('d', 'bcc'),
        text('plan', 'subject'),
        text('budget', 'body'),
        { kind: 'has-attachment' },
        { kind: 'is', state: 'unread' },
        { kind: 'is', state: 'starred' },
        { kind: 'label', name: 'Work' },
        { kind: 'date', relation: 'before', date: '2026-01-31' },
        { kind: 'date', relation: 'after', date: '2025-12-01' },
        { kind: 'date', relation: 'on', date: '2026-02-28' },
        { kind: 'age', relation: 'older', amount: 7, unit: 'd' },
        { kind: 'age', relation: 'newer', amount: 2, unit: 'y' },
        { kind: 'size', relation: 'larger', bytes: 10 * 1024 },
        { kind: 'size', relation: 'smaller', bytes: 2 * 1024 * 1024 },
      ],
    });
  });

  it('binds - tighter than juxtaposition, juxtaposition tighter than OR, and parentheses group', () => {
    expect(parseQuery('a -b OR c').node).toEqual({
      kind: 'or',
      nodes: [{ kind: 'and', nodes: [text('a'), { kind: 'not', node: text('b') }] }, text('c')],
    });
    expect(parseQuery('-(from:a OR from:b) x AND y').node).toEqual({
      kind: 'and',
      nodes: [{ kind: 'not', node: { kind: 'or', nodes: [text('a', 'from'), text('b', 'from')] } }, text('x'), text('y')],
    });
  });

  it('keeps in: apart as the scope, a folder or anywhere', () => {
    expect(parseQuery('in:Archive invoice')).toEqual({ node: text('invoice'), scope: { kind: 'folder', name: 'Archive' } });
    expect(parseQuery('in:"Team Stuff/Child"')).toEqual({ node: null, scope: { kind: 'folder', name: 'Team Stuff/Child' } });
    expect(parseQuery('x in:ANYWHERE').scope).toEqual({ kind: 'anywhere' });
    expect(parseQuery('in:Sent (a OR b)')).toEqual({
      node: { kind: 'or', nodes: [text('a'), text('b')] },
      scope: { kind: 'folder', name: 'Sent' },
    });
  });

  it('searches for hyphens, colons after digits, URLs, lower-case or and hostile characters as text', () => {
    expect(parseQuery('e-mail 10:30 https://x.example/a or').node).toEqual({
      kind: 'and',
      nodes: [text('e-mail'), text('10:30'), text('https://x.example/a'), text('or')],
    });
    expect(parseQuery('"a\r\nb" {5} x*').node).toEqual({ kind: 'and', nodes: [text('a\r\nb'), text('{5}'), text('x*')] });
    expect(parseQuery('- x').node).toEqual({ kind: 'and', nodes: [text('-'), text('x')] });
  });

  it.each([
    ['frm:x', 'unknown operator', 'frm:x', 0],
    ['budget frm:x', 'unknown operator', 'frm:x', 7],
    ['is:important', 'is: takes unread, read, starred, answered, draft, assigned or done', 'is:important', 0],
    ['has:pdf', 'has: takes attachment', 'has:pdf', 0],
    ['before:2026/02/30', 'before: takes a date as YYYY/MM/DD or YYYY-MM-DD', 'before:2026/02/30', 0],
    ['after:yesterday', 'after: takes a date as YYYY/MM/DD or YYYY-MM-DD', 'after:yesterday', 0],
    ['older_than:7w', 'older_than: takes a number and d, m or y (7d, 3m, 1y)', 'older_than:7w', 0],
    ['larger:5G', 'larger: takes a size in bytes, k or M (up to 4 GiB)', 'larger:5G', 0],
    ['larger:5000M', 'larger: takes a size in bytes, k or M (up to 4 GiB)', 'larger:5000M', 0],
    ['from: x', 'from: needs a value', 'from:', 0],
    ['a "open', 'unclosed quote', '"open', 2],
    ['(a OR b', 'unclosed parenthesis', '(', 0],
    ['a )', 'unmatched parenthesis', ')', 2],
    ['()', 'empty parentheses', '(', 0],
    ['OR a', 'OR needs a term on both sides', 'OR', 0],
    ['a OR', 'OR needs a term on both sides', 'OR', 2],
    ['-in:Sent', 'in: applies to the whole query', 'in:Sent', 1],
    ['(in:Sent a)', 'in: applies to the whole query', 'in:Sent', 1],
    ['a in:Sent OR b', 'in: applies to the whole query', 'in:Sent', 2],
    ['a OR in:Sent b', 'in: applies to the whole query', 'in:Sent', 5],
    ['in:Sent in:Archive', 'only one in: per query', 'in:Archive', 8],
  ])('refuses %j: %s', (query, reason, token, position) => {
    expect(refusal(query)).toEqual({ reason, token, position });
  });

  it('names the position from 1 in its message', () => {
    expect(() => parseQuery('budget frm:x')).toThrow('unknown operator: "frm:x" at position 8');
  });

  it('bounds nesting, so a hostile query cannot exhaust the stack', () => {
    expect(parseQuery(`${'('.repeat(32)}a${')'.repeat(32)}`).node).toEqual(text('a'));
    expect(refusal(`${'('.repeat(10_000)}a`).reason).toBe('too many nested parentheses');
    // NOT NOT x is x: a run of - is read by its parity, in a loop.
    expect(parseQuery(`${'-'.repeat(10_000)}a`).node).toEqual(text('a'));
    expect(parseQuery(`${'-'.repeat(10_001)}a`).node).toEqual({ kind: 'not', node: text('a') });
  });
});
