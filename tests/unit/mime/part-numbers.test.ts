import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { clipText } from '@/lib/mime/clip-text';
import { findAttachedMessage, findPart, numberParts } from '@/lib/mime/part-numbers';
import { flattenParts, listParts } from '@/lib/mime/part-tree';

const leaf = (type: string, part?: string, extra: Partial<MessageStructureObject> = {}): MessageStructureObject => ({
  type,
  ...(part ? { part } : {}),
  size: 10,
  ...extra,
});

/**
 * What imapflow 2.10 parses for multipart/mixed [text/plain, message/rfc822 [text/plain]]:
 * the attached message's single-part body carries the wrapper's number "2".
 */
const forwardedPlain: MessageStructureObject = {
  type: 'multipart/mixed',
  childNodes: [
    leaf('text/plain', '1'),
    leaf('message/rfc822', '2', {
      envelope: { subject: 'Quarterly: numbers/plan?', from: [{ name: 'Ann', address: 'ann@example.com' }] },
      childNodes: [leaf('text/plain', '2')],
    }),
  ],
};

/** multipart/mixed [text/plain, message/rfc822 [multipart/alternative [text/plain, text/html], message/rfc822 [text/html]]]. */
const forwardedRich: MessageStructureObject = {
  type: 'multipart/mixed',
  childNodes: [
    leaf('text/plain', '1'),
    leaf('message/rfc822', '2', {
      envelope: { subject: 'Inner' },
      childNodes: [
        {
          type: 'multipart/mixed',
          part: '2',
          childNodes: [
            { type: 'multipart/alternative', part: '2.1', childNodes: [leaf('text/plain', '2.1.1'), leaf('text/html', '2.1.2')] },
            leaf('message/rfc822', '2.2', { childNodes: [leaf('text/html', '2.2')] }),
          ],
        },
      ],
    }),
  ],
};

describe('numberParts', () => {
  it('numbers a non-multipart message body 1 (RFC 3501 §6.4.5)', () => {
    expect(numberParts(leaf('text/plain')).part).toBe('1');
  });

  it("numbers an attached message's single-part body P.1, not P (BODY[P] is the whole message)", () => {
    const numbered = numberParts(forwardedPlain);
    const attached = numbered.childNodes?.[1];
    expect(attached?.part).toBe('2');
    expect(attached?.childNodes?.[0]?.part).toBe('2.1');
  });

  it('keeps P.n for the children of a multipart attached message, at every depth', () => {
    const numbered = numberParts(forwardedRich);
    expect(findPart(numbered, '2.1.2')?.type).toBe('text/html');
    expect(findPart(numbered, '2.2')?.type).toBe('message/rfc822');
    expect(findPart(numbered, '2.2.1')?.type).toBe('text/html');
    // A multipart is a container, never a part of its own.
    expect(findPart(numbered, '2.1')).toBeUndefined();
  });

  it('stops numbering below a hostile depth instead of recursing without end', () => {
    let node = leaf('text/plain');
    for (let depth = 0; depth < 5_000; depth++) node = { type: 'multipart/mixed', childNodes: [node] };
    const parts = flattenParts(node);
    expect(parts).toHaveLength(0);
  });
});

describe('findAttachedMessage', () => {
  it('gives the envelope and the numbered body of a message/rfc822 part', () => {
    const attached = findAttachedMessage(numberParts(forwardedPlain), '2');
    expect(attached?.envelope?.subject).toBe('Quarterly: numbers/plan?');
    expect(flattenParts(attached?.body, { numbered: true }).map((part) => part.part)).toEqual(['2.1']);
  });

  it('refuses a part that is not an attached message', () => {
    expect(findAttachedMessage(numberParts(forwardedPlain), '1')).toBeUndefined();
    expect(findAttachedMessage(numberParts(forwardedPlain), '3')).toBeUndefined();
  });
});

describe('flattenParts with attached messages', () => {
  it('lists an attached message as one part named for its subject, not its insides', () => {
    const parts = flattenParts(forwardedRich);
    expect(parts.map((part) => [part.part, part.type])).toEqual([
      ['1', 'text/plain'],
      ['2', 'message/rfc822'],
    ]);
    expect(flattenParts(forwardedPlain)[1]?.filename).toBe('Quarterly numbers plan.eml');
  });
});

describe('listParts on hostile structures', () => {
  it('reads an invalid Content-Type as text/plain (RFC 2045 §5.2), as Dovecot reports `text` and garbage', () => {
    const root: MessageStructureObject = { type: 'multipart/mixed', childNodes: [leaf('text/', '1'), leaf('/', '2')] };
    expect(listParts(root).parts.map((part) => part.type)).toEqual(['text/plain', 'text/plain']);
  });

  it('says when depth or part counts cut the list', () => {
    let deep = leaf('text/plain');
    for (let depth = 0; depth < 40; depth++) deep = { type: 'multipart/mixed', childNodes: [leaf('text/plain'), deep] };
    expect(listParts(deep).truncated).toBe(true);
    const wide: MessageStructureObject = {
      type: 'multipart/mixed',
      childNodes: Array.from({ length: 600 }, () => leaf('text/plain')),
    };
    expect(listParts(wide)).toMatchObject({ truncated: true, parts: expect.any(Array) });
    expect(listParts(wide).parts).toHaveLength(500);
    expect(listParts(forwardedRich).truncated).toBe(false);
  });
});

describe('clipText', () => {
  it('keeps short text, cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('abcdefghijkl', 10)).toBe('abcdefghij…');
    expect(clipText(`${'a'.repeat(9)}😀tail`, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
