import { describe, expect, it } from 'vitest';
import { afterConnectionLoss } from '@/lib/imap/connection/retry-rule';

describe('afterConnectionLoss', () => {
  it('repeats a read once, then reports the server busy', () => {
    expect(afterConnectionLoss('once', false, 1)).toBe('retry');
    expect(afterConnectionLoss('once', false, 2)).toBe('IMAP_BUSY');
  });

  it('never repeats a write that may have reached the server', () => {
    expect(afterConnectionLoss('never', true, 1)).toBe('WRITE_UNCONFIRMED');
    expect(afterConnectionLoss('never', true, 2)).toBe('WRITE_UNCONFIRMED');
  });

  it('repeats write work once while none of its writes was sent', () => {
    expect(afterConnectionLoss('never', false, 1)).toBe('retry');
    expect(afterConnectionLoss('never', false, 2)).toBe('IMAP_BUSY');
  });
});
