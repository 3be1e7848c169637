import { describe, expect, it } from 'vitest';
import { linkifyText } from '@/lib/ui/linkify-text';

describe('linkifyText', () => {
  it('makes http(s) and mailto links clickable without trailing punctuation', () => {
    const [line] = linkifyText('See https://example.org/a?b=1. Or mailto:x@example.org!');
    expect(line?.pieces).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: '. Or ' },
      { kind: 'link', text: 'mailto:x@example.org', href: 'mailto:x@example.org' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('never links javascript: or other schemes', () => {
    const lines = linkifyText('javascript:alert(1) data:text/html,x ftp://x');
    expect(lines.flatMap((l) => l.pieces).filter((p) => p.kind === 'link')).toEqual([]);
  });

  it('reads the quote depth of each line (RFC 3676)', () => {
    expect(linkifyText('> > deep\n> one\nnone').map((l) => l.depth)).toEqual([2, 1, 0]);
  });
});
