import { describe, expect, it } from 'vitest';
import { sanitizeMail } from '@/lib/html/sanitize-mail';

const cidUrl = (cid: string) => (cid === 'logo@x' ? '/api/messages/m/parts/2' : null);
const clean = (html: string, allowRemote = false) => sanitizeMail(html, cidUrl, { allowRemote });

describe('sanitizeMail', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x"></object><embed src="x">',
    '<form action="https://evil.example"><input name=p></form>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
    '<style>@import url(https://evil.example/x.css)</style>',
  ])('neutralises %s', (html) => {
    const output = clean(html).html;
    expect(output).not.toMatch(
      /<script|onerror|onbegin|javascript:|<iframe|<object|<embed|<form|<base|<meta|<svg|<math|<style|position:\s*fixed|svg\+xml|evil\.example/i,
    );
  });

  it('keeps ordinary mail markup and text', () => {
    const output = clean(
      '<table><tr><td align="center"><b>Hello</b> <a href="https://example.org">there</a></td></tr></table>',
    ).html;
    expect(output).toContain('<b>Hello</b>');
    expect(output).toContain('href="https://example.org"');
    expect(output).toContain('target="_blank"');
    expect(output).toContain('rel="noopener noreferrer"');
  });

  it('points cid: pictures at the parts endpoint and drops unknown ones', () => {
    expect(clean('<img src="cid:logo@x">').html).toContain('src="/api/messages/m/parts/2"');
    expect(clean('<img src="cid:unknown@x">').html).not.toContain('src=');
  });

  it('blocks remote images and counts them until they are allowed', () => {
    const blocked = clean(
      '<img src="https://tracker.example/p.gif"><img src="//cdn.example/a.png"><img src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(blocked.remoteBlocked).toBe(2);
    expect(blocked.html).not.toMatch(/tracker\.example|cdn\.example/);
    expect(blocked.html).toContain('data:image/png;base64,');
    const allowed = clean('<img src="https://tracker.example/p.gif">', true);
    expect(allowed.remoteBlocked).toBe(0);
    expect(allowed.html).toContain('https://tracker.example/p.gif');
  });
});
