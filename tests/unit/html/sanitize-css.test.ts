import { describe, expect, it } from 'vitest';
import { sanitizeStyleAttribute, sanitizeStylesheet } from '@/lib/html/sanitize-css';
import { sanitizeMail } from '@/lib/html/sanitize-mail';

/** The resolver sanitize-mail.ts uses, reduced: cid: to a part URL, everything else refused. */
const urls = { resolve: (url: string) => (url.startsWith('cid:') ? `/api/messages/m/parts/${url.slice(4)}` : null) };
const cidUrl = (cid: string) => (cid === 'logo@x' ? '/api/messages/m/parts/2' : null);

describe('sanitizeStyleAttribute', () => {
  it('keeps the layout and type properties mail uses', () => {
    const kept = sanitizeStyleAttribute('color: #333; font: 14px/1.4 Arial; padding: 0 8px; border-collapse: collapse', urls);
    expect(kept).toBe('color:#333;font:14px/1.4 Arial;padding:0 8px;border-collapse:collapse');
  });

  it.each([
    'position: fixed; top: 0; left: 0',
    'position: absolute',
    'position: sticky',
    'width: expression(alert(1))',
    'behavior: url(x.htc)',
    '-moz-binding: url(x.xml#xss)',
    'background: url(http://evil.test/pixel.png)',
    'background: u\\72l(http://evil.test/escaped)',
    'list-style: \\75 rl(http://evil.test/escaped2)',
    'background-image: image-set("http://evil.test/a.png" 1x)',
    'content: attr(title)',
    'z-index: 99999',
    'transform: translate(-100px)',
  ])('drops %s', (style) => {
    expect(sanitizeStyleAttribute(style, urls)).not.toMatch(
      /fixed|absolute|sticky|expression|behavior|binding|evil|image-set|attr|z-index|transform/,
    );
  });

  it('keeps position: relative and rewrites cid: URLs to the parts endpoint', () => {
    expect(sanitizeStyleAttribute('position: relative; background: url(cid:logo) no-repeat', urls)).toBe(
      // css-tree writes no space after url(); CSS needs none between the two tokens.
      'position:relative;background:url(/api/messages/m/parts/logo)no-repeat',
    );
  });
});

describe('sanitizeStylesheet', () => {
  it('keeps rules and @media, drops @import, @font-face and unreadable text', () => {
    const css =
      '@import url(http://evil.test/a.css); @font-face { font-family: x; src: url(http://evil.test/f.woff) } ' +
      '.cta { color: white; background-color: #2459c9 } @media (max-width: 600px) { .col { width: 100% !important; position: fixed } } <img src=x>';
    const out = sanitizeStylesheet(css, urls);
    expect(out).toBe('.cta{color:white;background-color:#2459c9}@media (max-width:600px){.col{width:100%!important}}');
  });

  it('can never end its <style> element early', () => {
    expect(sanitizeStylesheet('.a { content: "</style><img src=x onerror=alert(1)>" }', urls)).not.toContain('<');
  });

  it('drops a stylesheet too large to parse cheaply', () => {
    expect(sanitizeStylesheet(`.a{color:red}${' '.repeat(300 * 1024)}`, urls)).toBe('');
  });
});

describe('sanitizeMail with CSS', () => {
  it('filters style blocks and attributes, and counts remote CSS images as blocked', () => {
    const html =
      '<style>.hero{background:url(https://cdn.example.com/hero.jpg)} p{margin:0}</style>' +
      '<p style="color:red;background-image:url(https://t.example.com/open.gif)">Hi</p>' +
      '<table background="https://cdn.example.com/bg.png"><tr><td>x</td></tr></table>';
    const { html: out, remoteBlocked } = sanitizeMail(html, cidUrl);
    expect(out).toContain('<style>p{margin:0}</style>');
    expect(out).toContain('<p style="color:red">Hi</p>');
    expect(out).not.toMatch(/example\.com/);
    expect(remoteBlocked).toBe(3);
  });

  it('keeps remote CSS images once the reader allowed remote content', () => {
    const { html: out, remoteBlocked } = sanitizeMail('<p style="background:url(https://cdn.example.com/a.png)">x</p>', cidUrl, {
      allowRemote: true,
    });
    expect(out).toContain('url(https://cdn.example.com/a.png)');
    expect(remoteBlocked).toBe(0);
  });

  it('counts a remote srcset and drops it', () => {
    const { html: out, remoteBlocked } = sanitizeMail('<img src="cid:logo@x" srcset="https://t.example.com/2x.png 2x">', cidUrl);
    expect(out).toBe('<img src="/api/messages/m/parts/2" />');
    expect(remoteBlocked).toBe(1);
  });
});
