import { describe, expect, it } from 'vitest';
import { unsubscribeTarget } from '@/lib/ui/unsubscribe-target';

describe('unsubscribeTarget', () => {
  it('takes the left-most URL Letterbox supports (RFC 2369 §2)', () => {
    expect(unsubscribeTarget('<mailto:leave@lists.example.org?subject=unsubscribe>, <https://example.org/u?id=1>')).toEqual({
      kind: 'mail',
      href: 'mailto:leave@lists.example.org?subject=unsubscribe',
      label: 'leave@lists.example.org',
    });
    expect(unsubscribeTarget('<https://news.example.com/unsub/abc>, <mailto:x@example.com>')).toEqual({
      kind: 'web',
      href: 'https://news.example.com/unsub/abc',
      label: 'news.example.com',
    });
    expect(unsubscribeTarget('<ftp://example.org/leave>, <http://example.org/leave>')?.href).toBe('http://example.org/leave');
  });

  it('ignores whitespace a folded header left inside the brackets', () => {
    expect(unsubscribeTarget('<https://example.org/\r\n very/long>')?.href).toBe('https://example.org/very/long');
  });

  it('never offers a scheme that is not http(s) or mailto, nor a relative or bracketless URL', () => {
    for (const header of [
      '<javascript:alert(1)>',
      '<JavaScript:alert(1)>',
      '<\u2028javascript:alert(1)>',
      '<data:text/html,<b>x</b>>',
      '</unsubscribe>',
      'https://example.org/not-in-brackets',
      '<mailto:>',
      '<>',
      '',
    ]) {
      expect(unsubscribeTarget(header), JSON.stringify(header)).toBeNull();
    }
    expect(unsubscribeTarget(null)).toBeNull();
    expect(unsubscribeTarget(`<https://example.org/${'a'.repeat(3000)}>`)).toBeNull();
  });
});
