import { describe, expect, it } from 'vitest';
import { FlagsRequest } from '@/lib/schemas/flags';

const base = { mailboxId: 'SU5CT1g', uids: [1, 2] };
const parse = (body: object) => FlagsRequest.safeParse({ ...base, ...body });

describe('FlagsRequest', () => {
  it('takes every system flag (in canonical spelling), the well-known keywords and atom keywords', () => {
    const add = [
      '\\seen',
      '\\FLAGGED',
      '\\Answered',
      '\\Deleted',
      '\\Draft',
      '$Forwarded',
      '$Junk',
      '$NotJunk',
      '$label5',
      'Work/2026',
    ];
    const parsed = parse({ add });
    expect(parsed.success && parsed.data.add).toEqual([
      '\\Seen',
      '\\Flagged',
      '\\Answered',
      '\\Deleted',
      '\\Draft',
      '$Forwarded',
      '$Junk',
      '$NotJunk',
      '$label5',
      'Work/2026',
    ]);
  });

  it.each([
    ['a space', 'two words'],
    ['a parenthesis', 'x)'],
    ['a brace (literal)', 'x{3}'],
    ['a list wildcard', 'a%'],
    ['a star', '*'],
    ['a quote', 'say"hi'],
    ['a backslash inside', 'a\\b'],
    ['a bracket', 'x]'],
    ['a control character', 'a\r\nb'],
    ['non-ASCII', 'café'],
    ['an unknown system flag', '\\Important'],
    ['\\Recent, which only the server sets', '\\Recent'],
    ['nothing', ''],
  ])('refuses a keyword with %s', (_what, flag) => {
    expect(parse({ add: [flag] }).success).toBe(false);
    expect(parse({ remove: [flag] }).success).toBe(false);
  });

  it('takes UIDs as a list or as a UID set, never `*` or zero', () => {
    expect(parse({ uids: '1:500,702', add: ['\\Seen'] }).success).toBe(true);
    for (const uids of ['1:*', '0:3', '1,,2', '1 2', '4294967296', [], [0], [1.5]]) {
      expect(parse({ uids, add: ['\\Seen'] }).success, JSON.stringify(uids)).toBe(false);
    }
  });

  it('needs something to change, and never the same flag both ways', () => {
    expect(parse({}).success).toBe(false);
    expect(parse({ add: [], remove: [] }).success).toBe(false);
    expect(parse({ add: ['\\Seen'], remove: ['\\seen'] }).success).toBe(false);
    expect(parse({ add: ['\\Seen'], remove: ['\\Flagged'] }).success).toBe(true);
  });
});
