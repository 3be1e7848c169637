import { describe, expect, it } from 'vitest';
import { messageIdOf } from '@/lib/imap/move/message-ids';
import { countOf } from '@/lib/imap/move/transfer-selection';

describe('messageIdOf', () => {
  it('reads the header whatever its case, and unfolds a folded value', () => {
    expect(messageIdOf(Buffer.from('Message-ID: <a@b>\r\n\r\n'))).toBe('<a@b>');
    expect(messageIdOf(Buffer.from('message-id:\r\n <folded@x.test>\r\n\r\n'))).toBe('<folded@x.test>');
  });

  it('is null without the header or headers', () => {
    expect(messageIdOf(Buffer.from('\r\n'))).toBeNull();
    expect(messageIdOf(undefined)).toBeNull();
  });
});

describe('countOf', () => {
  it('counts the UIDs of a set with runs', () => {
    expect(countOf('1:3,7,9:10')).toBe(6);
    expect(countOf('5')).toBe(1);
  });
});
