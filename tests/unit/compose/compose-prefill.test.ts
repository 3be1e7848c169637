import { describe, expect, it } from 'vitest';
import { forwardAsAttachmentFields, forwardFields, replyFields } from '@/lib/compose/compose-prefill';
import type { MessageView } from '@/lib/schemas/message-view';

const ME = 'me@letterbox.test';

function view(overrides: Partial<MessageView> = {}): MessageView {
  return {
    id: 'msg-1',
    part: null,
    uid: 7,
    mailboxId: 'SU5CT1g',
    subject: 'Re: Fwd: Lunch <today>',
    from: [{ name: 'Ana & Co', address: 'ana@example.test' }],
    to: [
      { name: '', address: ME },
      { name: 'Bob', address: 'bob@example.test' },
    ],
    cc: [{ name: '', address: 'cy@example.test' }],
    recipientsOmitted: 0,
    replyTo: [],
    date: '2026-12-01T09:30:00.000Z',
    messageId: '<m1@example.test>',
    listUnsubscribe: null,
    size: 100,
    parts: [],
    attachments: [],
    body: { kind: 'html', part: '1', content: '<p>Shall we <b>eat</b>?</p>', truncated: false, remoteBlocked: 0, notes: [] },
    ...overrides,
  };
}

describe('replyFields', () => {
  it('answers the sender once, Re: not stacked, the original quoted under who wrote it, escaped', () => {
    const fields = replyFields(view(), 'reply', ME, 'UTC');
    expect(fields.to).toEqual([{ name: 'Ana & Co', address: 'ana@example.test' }]);
    expect(fields.cc).toEqual([]);
    expect(fields.subject).toBe('Re: Lunch <today>');
    expect(fields.inReplyTo).toBe('msg-1');
    expect(fields.html).toBe(
      '<p></p><p>On Dec 1, 2026, 9:30 AM, Ana &amp; Co &lt;ana@example.test&gt; wrote:</p><blockquote><p>Shall we <b>eat</b>?</p></blockquote>',
    );
  });

  it('reply all copies To and Cc without the user', () => {
    const fields = replyFields(view(), 'reply-all', 'ME@letterbox.test', 'UTC');
    expect(fields.to.map((recipient) => recipient.address)).toEqual(['ana@example.test']);
    expect(fields.cc.map((recipient) => recipient.address)).toEqual(['bob@example.test', 'cy@example.test']);
  });

  it('quotes a plain-text original as escaped paragraphs, its single line breaks kept', () => {
    const body = {
      kind: 'text' as const,
      part: '1',
      content: 'a < b\r\nsecond line\n\n\nnext & last',
      truncated: false,
      remoteBlocked: 0,
      notes: [],
    };
    const { html } = replyFields(view({ body }), 'reply', ME, 'UTC');
    expect(html).toContain('<blockquote><p>a &lt; b<br>second line</p><p>next &amp; last</p></blockquote>');
  });

  it('drops addresses that are not addresses (a group name, an undisclosed list)', () => {
    const fields = replyFields(
      view({ from: [{ name: 'undisclosed-recipients', address: '' }], replyTo: [] }),
      'reply',
      ME,
      'UTC',
    );
    expect(fields.to).toEqual([]);
  });
});

describe('forwardFields', () => {
  it('carries the header block and the body, Fwd: once, and names the original', () => {
    const fields = forwardFields(view({ subject: 'Fwd: Lunch' }), 'UTC');
    expect(fields.subject).toBe('Fwd: Lunch');
    expect(fields.forwardOf).toBe('msg-1');
    expect(fields.forwardParts).toEqual([]);
    expect(fields.to).toEqual([]);
    expect(fields.html).toBe(
      '<p></p><p>---------- Forwarded message ---------<br>From: Ana &amp; Co &lt;ana@example.test&gt;<br>Date: Dec 1, 2026, 9:30 AM<br>Subject: Fwd: Lunch<br>To: me@letterbox.test, Bob &lt;bob@example.test&gt;<br>Cc: cy@example.test</p><p>Shall we <b>eat</b>?</p>',
    );
  });
});

describe('forwardFields with attachments', () => {
  it('carries every attachment of the original, by part number', () => {
    const part = (n: string) => ({
      part: n,
      type: 'application/pdf',
      size: 10,
      decodedSize: 7,
      encoding: 'base64',
      charset: null,
      format: 'fixed' as const,
      disposition: 'attachment',
      filename: `${n}.pdf`,
      contentId: null,
    });
    expect(forwardFields(view({ attachments: [part('2'), part('3.1')] }), 'UTC').forwardParts).toEqual(['2', '3.1']);
  });
});

describe('forwardAsAttachmentFields', () => {
  it('names the original to attach whole, Fwd: once, and quotes nothing', () => {
    const fields = forwardAsAttachmentFields(view({ subject: 'Fwd: Lunch' }));
    expect(fields).toMatchObject({ subject: 'Fwd: Lunch', forwardOf: 'msg-1', forwardAs: 'attachment', html: '', text: '' });
    expect(fields.forwardParts).toBeUndefined();
    expect(fields.to).toEqual([]);
  });
});
