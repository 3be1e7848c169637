import { describe, expect, it } from 'vitest';
import { type RepliedMessage, replyRecipients } from '@/lib/compose/reply-recipients';

const me = 'me@example.com';
const message = (fields: Partial<RepliedMessage>): RepliedMessage => ({ from: [], replyTo: [], to: [], cc: [], ...fields });

describe('replyRecipients', () => {
  const original = message({
    from: [{ name: 'Ann', address: 'ann@example.com' }],
    to: [
      { name: 'Me', address: 'Me@Example.com' },
      { name: 'Bob', address: 'bob@example.com' },
    ],
    cc: [
      { name: 'Cat', address: 'cat@example.com' },
      { name: '', address: 'BOB@example.com' },
    ],
  });

  it('replies to the sender', () => {
    expect(replyRecipients(original, 'reply', [me])).toEqual({ to: [{ name: 'Ann', address: 'ann@example.com' }], cc: [] });
  });

  it('replies to Reply-To when the message has one', () => {
    const list = { ...original, replyTo: [{ name: 'List', address: 'list@example.org' }] };
    expect(replyRecipients(list, 'reply', [me]).to).toEqual([{ name: 'List', address: 'list@example.org' }]);
  });

  it('copies To and Cc on reply-all, without the user and without duplicates', () => {
    expect(replyRecipients(original, 'reply-all', [me])).toEqual({
      to: [{ name: 'Ann', address: 'ann@example.com' }],
      cc: [
        { name: 'Bob', address: 'bob@example.com' },
        { name: 'Cat', address: 'cat@example.com' },
      ],
    });
  });

  it('never puts an address of To into Cc as well', () => {
    const copied = { ...original, cc: [{ address: 'ANN@example.com' }] };
    expect(replyRecipients(copied, 'reply-all', [me]).cc).not.toContainEqual({ address: 'ANN@example.com' });
  });

  it('drops every address of the user, matched without case', () => {
    const result = replyRecipients(original, 'reply-all', ['other@example.com', 'ME@EXAMPLE.COM']);
    expect([...result.to, ...result.cc].map((recipient) => recipient.address.toLowerCase())).not.toContain(me);
  });

  it("answers the user's own sent message to its recipients, as Gmail does", () => {
    const sent = message({
      from: [{ address: me }],
      replyTo: [{ address: me }],
      to: [{ name: 'Bob', address: 'bob@example.com' }],
      cc: [{ address: 'cat@example.com' }],
    });
    expect(replyRecipients(sent, 'reply', [me])).toEqual({ to: [{ name: 'Bob', address: 'bob@example.com' }], cc: [] });
    expect(replyRecipients(sent, 'reply-all', [me])).toEqual({
      to: [{ name: 'Bob', address: 'bob@example.com' }],
      cc: [{ address: 'cat@example.com' }],
    });
  });

  it('answers a note to self to the user', () => {
    const note = message({ from: [{ name: 'Me', address: me }], to: [{ address: me }] });
    expect(replyRecipients(note, 'reply', [me]).to).toEqual([{ address: me }]);
  });

  it('leaves out entries without an address and empty names', () => {
    const odd = message({
      from: [
        { name: 'Group', address: '' },
        { name: ' ', address: ' ann@example.com ' },
      ],
    });
    expect(replyRecipients(odd, 'reply', [me]).to).toEqual([{ address: 'ann@example.com' }]);
  });
});
