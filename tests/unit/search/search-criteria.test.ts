import { describe, expect, it } from 'vitest';
import type { RawAttribute } from '@/lib/imap/commands/raw-command';
import { parseQuery } from '@/lib/search/parse-query';
import { type CriteriaContext, searchCriteria } from '@/lib/search/search-criteria';

const LABELS: Record<string, string> = { work: '$label1', 'to do': '$label2' };
const CONTEXT: CriteriaContext = {
  within: false,
  keywordOf: (name) => LABELS[name.toLowerCase()] ?? null,
  now: new Date('2026-12-07T10:00:00Z'),
  user: 'Ana.Lima',
};

/** The keys as the command would read, strings shown JSON-quoted (imapflow quotes or literals them). */
function render(attributes: RawAttribute[]): string {
  return attributes
    .map((item) => {
      if (Array.isArray(item)) return `(${render(item)})`;
      return item.type === 'STRING' ? JSON.stringify(item.value) : String(item.value);
    })
    .join(' ');
}

const compiled = (query: string, context: Partial<CriteriaContext> = {}) =>
  render(searchCriteria(parseQuery(query).node, { ...CONTEXT, ...context }).attributes);

describe('searchCriteria', () => {
  it('finds team state by its keywords: taken, done, by whom (design note B.2)', () => {
    expect(compiled('is:assigned')).toBe('KEYWORD $Assigned');
    expect(compiled('-is:assigned is:done')).toBe('NOT KEYWORD $Assigned KEYWORD $Done');
    expect(compiled('is:waiting')).toBe('KEYWORD $Waiting');
    expect(compiled('assignee:me')).toBe('KEYWORD $Assigned_ana.lima');
    expect(compiled('assignee:Bob')).toBe('KEYWORD $Assigned_bob');
    // A name with atom-specials becomes the same keyword a claim by that user sets, never raw text.
    expect(compiled('assignee:"x (y)"')).toBe('KEYWORD $Assigned_x__y_');
  });

  it('turns each operator into its SEARCH key (RFC 3501 §6.4.4)', () => {
    expect(compiled('budget from:ana to:bea cc:c bcc:d subject:"q1 plan" body:x')).toBe(
      'TEXT "budget" FROM "ana" TO "bea" CC "c" BCC "d" SUBJECT "q1 plan" BODY "x"',
    );
    expect(compiled('is:unread is:read is:starred is:answered is:draft')).toBe('UNSEEN SEEN FLAGGED ANSWERED DRAFT');
    expect(compiled('larger:10k smaller:2M')).toBe(`LARGER ${10 * 1024} SMALLER ${2 * 1024 * 1024}`);
    expect(compiled('has:attachment')).toBe('HEADER "Content-Type" "multipart/mixed"');
    expect(compiled('')).toBe('ALL');
  });

  it('keeps Gmail’s date bounds: before: exclusive (BEFORE), after: inclusive (SINCE), on: one day', () => {
    expect(compiled('after:2025/12/01 before:2026-01-31 on:2026-02-05')).toBe(
      'SINCE 1-Dec-2025 BEFORE 31-Jan-2026 ON 5-Feb-2026',
    );
  });

  it('uses WITHIN where advertised (RFC 5032), else the day that long ago', () => {
    expect(compiled('older_than:7d newer_than:2m', { within: true })).toBe(`OLDER ${7 * 86_400} YOUNGER ${60 * 86_400}`);
    expect(compiled('older_than:7d newer_than:2m newer_than:1y')).toBe('BEFORE 30-Nov-2026 SINCE 7-Oct-2026 SINCE 7-Dec-2025');
  });

  it('finds a label by its name, takes a keyword as it is, and matches nothing for a name that can be neither', () => {
    expect(compiled('label:Work label:"to do" label:$Forwarded')).toBe('KEYWORD $label1 KEYWORD $label2 KEYWORD $Forwarded');
    expect(compiled('label:"no such label"')).toBe('NOT ALL');
  });

  it('writes NOT and a binary OR, parenthesising groups', () => {
    expect(compiled('-from:a')).toBe('NOT FROM "a"');
    expect(compiled('-(from:a subject:b)')).toBe('NOT (FROM "a" SUBJECT "b")');
    expect(compiled('a OR b')).toBe('OR TEXT "a" TEXT "b"');
    expect(compiled('a OR b OR c')).toBe('OR TEXT "a" OR TEXT "b" TEXT "c"');
    expect(compiled('(from:a is:unread) OR -b')).toBe('OR (FROM "a" UNSEEN) NOT TEXT "b"');
  });

  it('passes hostile text as one value, never as command syntax: quoted, or a literal where it must be', () => {
    const { attributes } = searchCriteria(parseQuery('"x\r\nA1 LOGOUT" "{5}" ")" * "quote\\" отчёт "nul\0"').node, CONTEXT);
    const values = attributes.flatMap((item) => {
      if (Array.isArray(item) || (item.type !== 'STRING' && item.type !== 'LITERAL')) return [];
      return [[item.type, Buffer.isBuffer(item.value) ? item.value.toString('utf8') : item.value]];
    });
    expect(values).toEqual([
      ['LITERAL', 'x\r\nA1 LOGOUT'],
      ['STRING', '{5}'],
      ['STRING', ')'],
      ['STRING', '*'],
      ['STRING', 'quote\\'],
      ['LITERAL', 'отчёт'],
      ['STRING', 'nul'],
    ]);
  });

  it('asks for CHARSET UTF-8 only when a value is not ASCII', () => {
    expect(searchCriteria(parseQuery('subject:отчёт').node, CONTEXT).utf8).toBe(true);
    expect(searchCriteria(parseQuery('from:山田').node, CONTEXT).utf8).toBe(true);
    expect(searchCriteria(parseQuery('subject:report is:unread').node, CONTEXT).utf8).toBe(false);
  });
});
