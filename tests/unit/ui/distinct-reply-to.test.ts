import { describe, expect, it } from 'vitest';
import { distinctReplyTo } from '@/lib/ui/distinct-reply-to';

const ann = { name: 'Ann', address: 'ann@example.org' };
const list = { name: 'The list', address: 'list@example.org' };

describe('distinctReplyTo', () => {
  it('shows a Reply-To that sends replies elsewhere', () => {
    expect(distinctReplyTo([ann], [list])).toEqual([list]);
    expect(distinctReplyTo([ann], [ann, list])).toEqual([ann, list]);
  });

  it('hides a missing Reply-To or one that repeats From, whatever the case or names', () => {
    expect(distinctReplyTo([ann], [])).toEqual([]);
    expect(distinctReplyTo([ann], [{ name: '', address: 'ANN@example.org' }])).toEqual([]);
  });

  it('shows a Reply-To when the message has no From at all', () => {
    expect(distinctReplyTo([], [list])).toEqual([list]);
  });
});
