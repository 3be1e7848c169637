import { describe, expect, it } from 'vitest';
import { linkTarget } from '@/lib/html/link-target';

describe('linkTarget', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG/x',
    'mailto:someone@example.org?subject=Hi',
    // The URL parser strips leading and trailing C0 controls and spaces, as the browser does.
    '  https://example.org/spaced  ',
  ])('keeps %j as written', (href) => expect(linkTarget(href)).toBe(href));

  it.each([
    ['a relative path', 'page.html'],
    ['an app path', '/api/session'],
    ['a fragment', '#top'],
    ['a query', '?x=1'],
    ['protocol-relative', '//evil.test/x'],
    ['an empty href', ''],
    ['a line separator before javascript:', '\u2028javascript:alert(1)'],
    ['a no-break space before javascript:', '\u00a0javascript:alert(1)'],
    ['a zero-width space before https:', '\u200bhttps://example.org/'],
    ['a paragraph separator before https:', '\u2029https://example.org/'],
    ['an ideographic space before https:', '\u3000https://example.org/'],
    ['a BOM before https:', '\ufeffhttps://example.org/'],
    ['a tab inside javascript:', 'java\tscript:alert(1)'],
    ['a newline inside javascript:', 'java\nscript:alert(1)'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['cid:', 'cid:logo@x'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.org/'],
    ['http without slashes (relative to an http base)', 'http:evil.test/x'],
    ['https with backslashes and no slash (relative to an https base)', 'https:evil.test'],
  ])('drops %s', (_what, href) => expect(linkTarget(href)).toBeNull());

  it('keeps backslashed absolute web URLs the browser reads as absolute', () => {
    expect(linkTarget('https:\\\\example.org\\x')).toBe('https:\\\\example.org\\x');
  });
});
