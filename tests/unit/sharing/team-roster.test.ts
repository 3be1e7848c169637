import { describe, expect, it } from 'vitest';
import { parseRoster, rosterOf } from '@/lib/sharing/team-keywords';

describe('the team roster', () => {
  it('is everyone the ACL lets read, by name: no special or negative identifier, no lookup-only entry', () => {
    expect(
      rosterOf([
        { identifier: 'carol', rights: 'lrs' },
        { identifier: 'alice', rights: 'lrwstipekxacd' },
        { identifier: 'anyone', rights: 'lr' },
        { identifier: 'Authenticated', rights: 'lr' },
        { identifier: '-bob', rights: 'r' },
        { identifier: 'dave', rights: 'l' },
      ]),
    ).toEqual(['alice', 'carol']);
  });

  it('reads a stored roster, and anything else as none', () => {
    expect(parseRoster('["alice","bob"]')).toEqual(['alice', 'bob']);
    expect(parseRoster('["alice",7,null]')).toEqual(['alice']);
    for (const broken of [null, '', '{"alice":1}', 'not json', '"alice"']) expect(parseRoster(broken)).toEqual([]);
  });
});
