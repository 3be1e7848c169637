import { describe, expect, it } from 'vitest';
import { findSignature, signatureParagraphs, swapSignatureText } from '@/lib/compose/swap-signature';

describe('signatureParagraphs', () => {
  it('puts "-- " (RFC 3676 §4.3) above the signature, a blank line making a new paragraph', () => {
    expect(signatureParagraphs('Ana\nSupport desk')).toEqual(['-- \nAna\nSupport desk']);
    expect(signatureParagraphs('Ana\n\nDisclaimer')).toEqual(['-- \nAna', 'Disclaimer']);
    expect(signatureParagraphs('  \n ')).toEqual([]);
  });
});

describe('findSignature', () => {
  it('finds the paragraphs in order, spaces compared as the editor collapses them', () => {
    expect(findSignature(['Hi', '-- \nAna', 'Disclaimer', '> quote'], 'Ana\n\nDisclaimer')).toEqual({ index: 1, count: 2 });
    expect(findSignature(['', '-- \nAna  Lopez'], 'Ana Lopez')).toEqual({ index: 1, count: 1 });
  });

  it('finds nothing when the user edited it, across a non-paragraph, or for a blank signature', () => {
    expect(findSignature(['-- \nAna (on leave)'], 'Ana')).toBeNull();
    expect(findSignature(['-- \nAna', null, 'Disclaimer'], 'Ana\n\nDisclaimer')).toBeNull();
    expect(findSignature(['-- \n'], '')).toBeNull();
  });
});

describe('swapSignatureText', () => {
  const body = 'Hello\n\n-- \nAna\n\nOn Monday, Bea wrote:';

  it('replaces one signature by the other in place', () => {
    expect(swapSignatureText(body, 'Ana', 'Ana\nSales')).toBe('Hello\n\n-- \nAna\nSales\n\nOn Monday, Bea wrote:');
  });

  it('removes it with its blank line for an identity without one, and inserts below the first paragraph for one with', () => {
    const bare = swapSignatureText(body, 'Ana', '');
    expect(bare).toBe('Hello\n\nOn Monday, Bea wrote:');
    expect(swapSignatureText(bare, '', 'Ana')).toBe(body);
  });

  it('leaves a signature the user edited alone', () => {
    const edited = body.replace('Ana', 'Ana, back Monday');
    expect(swapSignatureText(edited, 'Ana', 'Bea')).toBe(edited);
  });
});
