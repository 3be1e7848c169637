import { describe, expect, it } from 'vitest';
import { gmailRawCriteria, withoutScope } from '@/lib/search/gmail-raw';

describe('X-GM-RAW for a server with X-GM-EXT-1', () => {
  it('sends the query as typed, one string, for Gmail to read as its search box does', () => {
    expect(gmailRawCriteria('from:ana has:attachment -is:read "q1 plan" label:work OR category:updates')).toEqual({
      attributes: [
        { type: 'ATOM', value: 'X-GM-RAW' },
        { type: 'STRING', value: 'from:ana has:attachment -is:read "q1 plan" label:work OR category:updates' },
      ],
      utf8: false,
    });
  });

  it('leaves out the in: that chose the folders, wherever it stands, and keeps the rest verbatim', () => {
    expect(withoutScope('in:sent budget')).toBe('budget');
    expect(withoutScope('budget  in:"Team Stuff"  from:ana')).toBe('budget from:ana');
    expect(withoutScope('IN:anywhere (a OR b)')).toBe('(a OR b)');
    expect(withoutScope('subject:"in:sent"')).toBe('subject:"in:sent"');
    expect(withoutScope('"two  spaces" in:sent')).toBe('"two  spaces"');
  });

  it('sends a non-ASCII or CRLF-bearing query as a literal with CHARSET UTF-8, never spliced into the command', () => {
    const criteria = gmailRawCriteria('отчёт in:anywhere');
    expect(criteria.utf8).toBe(true);
    expect(criteria.attributes[1]).toEqual({ type: 'LITERAL', value: Buffer.from('отчёт', 'utf8') });
    expect(gmailRawCriteria('subject:"a\r\nA1 DELETE INBOX"').attributes[1]).toMatchObject({ type: 'LITERAL' });
  });
});
