import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type MailboxCursor } from '@/lib/sync/mailbox-cursor';

const cursor: MailboxCursor = {
  path: 'Données/2026.Q4 "x"',
  uidValidity: 1796588607,
  highestModseq: '9223372036854775807',
  uidNext: 100001,
  exists: 100000,
};

describe('mailbox cursor ids', () => {
  it('round-trips, with dots, quotes and non-ASCII in the path, and the largest mod-sequence', () => {
    const id = encodeCursor(cursor);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(id)).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ ...cursor, highestModseq: '0', exists: 0 }))).toEqual({
      ...cursor,
      highestModseq: '0',
      exists: 0,
    });
  });

  it('refuses what it did not write: junk, another version, numbers out of range, a non-canonical form', () => {
    const forge = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('not an id!')).toBeNull();
    expect(decodeCursor(forge('c2.1.1.1.0.INBOX'))).toBeNull();
    expect(decodeCursor(forge('c1.0.1.1.0.INBOX'))).toBeNull();
    expect(decodeCursor(forge('c1.4294967296.1.1.0.INBOX'))).toBeNull();
    expect(decodeCursor(forge('c1.1.9223372036854775808.1.0.INBOX'))).toBeNull();
    expect(decodeCursor(forge('c1.1.01.1.0.INBOX'))).toBeNull();
    expect(decodeCursor(forge('c1.1.1.1.0.'))).toBeNull();
    expect(decodeCursor(`${encodeCursor(cursor)}=`)).toBeNull();
  });
});
