import { describe, expect, it } from 'vitest';
import { threadHeaders } from '@/lib/compose/thread-headers';

describe('threadHeaders', () => {
  it('appends the parent Message-ID to its References', () => {
    expect(threadHeaders({ messageId: '<c@x>', references: '<a@x>\r\n <b@x>', inReplyTo: '<b@x>' })).toEqual({
      inReplyTo: '<c@x>',
      references: ['<a@x>', '<b@x>', '<c@x>'],
    });
  });

  it("uses the parent's single In-Reply-To when it has no References", () => {
    expect(threadHeaders({ messageId: '<c@x>', inReplyTo: '<b@x>' })).toEqual({
      inReplyTo: '<c@x>',
      references: ['<b@x>', '<c@x>'],
    });
  });

  it('ignores an In-Reply-To holding several ids (RFC 5322 §3.6.4)', () => {
    expect(threadHeaders({ messageId: '<c@x>', inReplyTo: '<a@x> <b@x>' }).references).toEqual(['<c@x>']);
  });

  it('starts References from the Message-ID alone for a first reply', () => {
    expect(threadHeaders({ messageId: '<c@x>' })).toEqual({ inReplyTo: '<c@x>', references: ['<c@x>'] });
  });

  it('has no In-Reply-To without a parent Message-ID, but keeps the thread', () => {
    expect(threadHeaders({ references: ['<a@x>'] })).toEqual({ references: ['<a@x>'] });
    expect(threadHeaders({})).toEqual({ references: [] });
  });

  it('skips malformed ids and falls back when References holds none', () => {
    const headers = threadHeaders({ messageId: 'no-brackets@x', references: '<a b@x> <nodomain> <ok@x> <two@at@x>' });
    expect(headers).toEqual({ references: ['<ok@x>'] });
    expect(threadHeaders({ messageId: '<c@x>', references: 'garbage', inReplyTo: '<b@x>' }).references).toEqual([
      '<b@x>',
      '<c@x>',
    ]);
  });

  it('keeps the root and the last 20 ids of a long thread, without duplicates', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `<m${index}@x>`);
    const headers = threadHeaders({ messageId: '<m40@x>', references: [...ids, '<m5@x>'].join(' ') });
    expect(headers.references).toHaveLength(21);
    expect(headers.references[0]).toBe('<m0@x>');
    expect(headers.references.slice(1)).toEqual([...ids.slice(21), '<m40@x>']);
  });

  it('keeps the parent last when it lists itself among its references', () => {
    expect(threadHeaders({ messageId: '<c@x>', references: '<c@x> <a@x>' }).references).toEqual(['<a@x>', '<c@x>']);
  });
});
