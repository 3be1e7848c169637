import { describe, expect, it } from 'vitest';
import { childPath, folderNameProblem, folderPathProblem, isWithin } from '@/lib/schemas/mailbox-name';

describe('folderPathProblem', () => {
  it.each([
    ['Reisen/Köln 2026', '/'],
    ['Archiv/Zürich ✈', '/'],
    ['a.b', '/'],
    ['a/b', null],
    ['INBOX.Sub', '.'],
  ])('accepts %s with delimiter %s', (path, delimiter) => {
    expect(folderPathProblem(path, delimiter)).toBeNull();
  });

  it.each([
    ['/Reisen', '/', 'cannot start with “/”'],
    ['Reisen/', '/', 'cannot end with “/”'],
    ['Reisen//Köln', '/', 'empty level'],
    ['Reisen/ /Köln', '/', 'empty level'],
    ['Reisen/ Köln', '/', 'start or end with a space'],
    ['.Sub', '.', 'cannot start with “.”'],
    ['   ', '/', 'needs a name'],
  ])('refuses %s with delimiter %s, naming why', (path, delimiter, why) => {
    expect(folderPathProblem(path, delimiter)).toContain(why);
  });
});

describe('folderNameProblem', () => {
  it('refuses the delimiter inside one level, naming it', () => {
    expect(folderNameProblem('Köln/2026', '/')).toContain('cannot contain “/”');
    expect(folderNameProblem('Köln/2026', '.')).toBeNull();
  });
});

describe('childPath and isWithin', () => {
  it('joins with the delimiter and tells a branch from a prefix', () => {
    expect(childPath('Reisen', 'Köln', '/')).toBe('Reisen/Köln');
    expect(childPath(null, 'Köln', '/')).toBe('Köln');
    expect(isWithin('Reisen/Köln', 'Reisen', '/')).toBe(true);
    expect(isWithin('Reisen', 'Reisen', '/')).toBe(true);
    expect(isWithin('Reisenotes', 'Reisen', '/')).toBe(false);
  });
});
