import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { hasAttachments } from '@/lib/mime/has-attachments';

const leaf = (type: string, extra: Partial<MessageStructureObject> = {}): MessageStructureObject => ({ type, ...extra });
const multipart = (type: string, ...childNodes: MessageStructureObject[]): MessageStructureObject => ({ type, childNodes });

describe('hasAttachments', () => {
  it('is false for text and alternative bodies', () => {
    expect(hasAttachments(leaf('text/plain'))).toBe(false);
    expect(hasAttachments(multipart('multipart/alternative', leaf('text/plain'), leaf('text/html')))).toBe(false);
    expect(hasAttachments(undefined)).toBe(false);
  });

  it('reads a missing or invalid type as text/plain (RFC 2045 §5.2), as Dovecot reports a header it gave up on', () => {
    for (const type of ['', '/', 'text/', 'garbage']) expect(hasAttachments(leaf(type)), type).toBe(false);
    expect(hasAttachments(leaf('', { disposition: 'attachment' }))).toBe(true);
  });

  it('is false for cid: pictures of a multipart/related HTML body', () => {
    const related = multipart('multipart/related', leaf('text/html'), leaf('image/png', { id: '<logo@x>' }));
    expect(hasAttachments(multipart('multipart/alternative', leaf('text/plain'), related))).toBe(false);
  });

  it('is true for a declared attachment, even a text one, and for any non-text leaf', () => {
    expect(
      hasAttachments(multipart('multipart/mixed', leaf('text/plain'), leaf('text/csv', { disposition: 'attachment' }))),
    ).toBe(true);
    expect(hasAttachments(multipart('multipart/mixed', leaf('text/plain'), leaf('application/pdf')))).toBe(true);
    expect(hasAttachments(multipart('multipart/mixed', leaf('text/plain'), leaf('image/jpeg')))).toBe(true);
  });

  it('is true for an attached message, even one that holds only text', () => {
    const attached = { ...leaf('message/rfc822'), childNodes: [leaf('text/plain')] };
    expect(hasAttachments(multipart('multipart/mixed', leaf('text/plain'), attached))).toBe(true);
  });
});
