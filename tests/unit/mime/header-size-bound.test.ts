import type { MessageStructureObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { headerSizeBound } from '@/lib/mime/header-size-bound';

const leaf = (type: string, size: number, childNodes?: MessageStructureObject[]): MessageStructureObject =>
  ({ part: '1', type, size, childNodes }) as MessageStructureObject;

describe('headerSizeBound', () => {
  it('is the message size minus the body of a single-part message', () => {
    expect(headerSizeBound(52_428_938, leaf('text/plain', 18))).toBe(52_428_920);
  });

  it('subtracts every leaf of a multipart, so a big attachment does not look like a big header', () => {
    const tree = { type: 'multipart/mixed', childNodes: [leaf('text/plain', 1_000), leaf('application/pdf', 20_000_000)] };
    expect(headerSizeBound(20_003_500, tree as MessageStructureObject)).toBe(2_500);
  });

  it('counts an attached message by its own size, without descending into it', () => {
    const inner = leaf('message/rfc822', 5_000, [leaf('text/plain', 4_000)]);
    const tree = { type: 'multipart/mixed', childNodes: [leaf('text/plain', 100), inner] };
    expect(headerSizeBound(6_000, tree as MessageStructureObject)).toBe(900);
  });

  it('never goes below zero, and without a structure is the whole size', () => {
    expect(headerSizeBound(10, leaf('text/plain', 50))).toBe(0);
    expect(headerSizeBound(4_096, undefined)).toBe(4_096);
  });
});
