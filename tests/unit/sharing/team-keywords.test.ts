import { describe, expect, it } from 'vitest';
import { assigneeKeyword, assigneeOf, claimKeywords, hasKeyword, memberOf } from '@/lib/sharing/team-keywords';
import { isLabelKeyword } from '@/lib/ui/labels';

const KEYWORD_ATOM = /^[!#$&'+,\-./0-9:;<=>?@A-Z[^_`a-z|}~]{1,100}$/;

describe('team keywords', () => {
  it('names a member in atom characters only (RFC 3501 §9), whatever the user name', () => {
    expect(assigneeKeyword('Ana')).toBe('$Assigned_ana');
    expect(assigneeKeyword('bob@example.com')).toBe('$Assigned_bob@example.com');
    for (const user of ['ana maria', 'x(y)', 'quo"te', 'back\\slash', 'pct%*', 'Ñandú']) {
      expect(assigneeKeyword(user)).toMatch(KEYWORD_ATOM);
    }
    expect(memberOf('ana maria')).toBe('ana_maria');
  });

  it('reads who took a message, case-insensitively, and null when nobody did', () => {
    expect(assigneeOf(['\\Seen', '$Assigned', '$Assigned_ana'])).toBe('ana');
    expect(assigneeOf(['$assigned_bob'])).toBe('bob');
    expect(assigneeOf(['$Assigned', '\\Flagged'])).toBeNull();
    expect(assigneeOf([])).toBeNull();
  });

  it('claims with both keywords, so a client that knows only $Assigned sees it taken', () => {
    expect(claimKeywords('Ana')).toEqual(['$Assigned', '$Assigned_ana']);
    expect(hasKeyword(['$done'], '$Done')).toBe(true);
  });

  it('never shows team state as label chips: the team bar says it in words', () => {
    for (const flag of ['$Assigned', '$Assigned_ana', '$done']) expect(isLabelKeyword(flag)).toBe(false);
    expect(isLabelKeyword('$Assignment')).toBe(true);
  });
});
