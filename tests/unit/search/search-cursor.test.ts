import { describe, expect, it } from 'vitest';
import { decodeSearchCursor, encodeSearchCursor, searchFingerprint } from '@/lib/search/search-cursor';

describe('the search cursor', () => {
  const fingerprint = searchFingerprint('from:ana', '*');
  const positions = new Map([
    ['INBOX', { uidValidity: 7, position: 3, lastUid: 40 }],
    ['Work/Ünïcode', { uidValidity: 9, position: 0, lastUid: 0 }],
  ]);

  it('carries every folder’s place to the next page', () => {
    expect(decodeSearchCursor(encodeSearchCursor(fingerprint, positions), fingerprint)).toEqual(positions);
  });

  it('belongs to one query and one folder choice', () => {
    const cursor = encodeSearchCursor(fingerprint, positions);
    expect(searchFingerprint('from:ana', undefined)).not.toBe(fingerprint);
    expect(() => decodeSearchCursor(cursor, searchFingerprint('from:bob', '*'))).toThrow(/does not belong to this search/);
  });

  it.each([
    ['not base64 JSON', 'not a cursor!'],
    ['a negative position', Buffer.from(JSON.stringify([fingerprint, [['INBOX', 7, -1, 3]]])).toString('base64url')],
    ['a path that is not text', Buffer.from(JSON.stringify([fingerprint, [[7, 7, 1, 3]]])).toString('base64url')],
  ])('refuses %s with BAD_REQUEST', (_, cursor) => {
    expect(() => decodeSearchCursor(cursor, fingerprint)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});
