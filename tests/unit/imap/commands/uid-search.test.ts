import { describe, expect, it } from 'vitest';
import { expandUidSet } from '@/lib/imap/commands/uid-search';

describe('expandUidSet (RFC 4731 §3.1 sets)', () => {
  it('expands ranges and single UIDs, a reversed range too', () => {
    expect(expandUidSet('1:3,7,10:9', 100)).toEqual([1, 2, 3, 7, 9, 10]);
    expect(expandUidSet('', 100)).toEqual([]);
  });

  it('stops at the number of messages the mailbox holds, however wide the set', () => {
    expect(expandUidSet('1:4294967295', 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips what is not a UID', () => {
    expect(expandUidSet('0,x,3:y,4', 10)).toEqual([4]);
  });
});
