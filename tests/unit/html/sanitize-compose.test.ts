import { describe, expect, it } from 'vitest';
import { sanitizeCompose } from '@/lib/html/sanitize-compose';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('sanitizeCompose', () => {
  it('keeps what a rich-text editor makes', () => {
    const html =
      '<h1>Title</h1><p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>x</s><br></p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre><code>c</code></pre><hr>' +
      '<p><a href="https://example.com/a?b=1">link</a> <a href="mailto:a@b">mail</a></p>';
    expect(sanitizeCompose(html)).toBe(html.replace('<br>', '<br />').replace('<hr>', '<hr />'));
  });

  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['an event handler', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
    ['an iframe', '<iframe src="https://evil.example">x</iframe><p>a</p>', '<p>a</p>'],
    ['a form', '<form action="https://evil.example"><input name="q"><p>a</p></form>', '<p>a</p>'],
    ['a style element', '<style>p{color:red}</style><p>a</p>', '<p>a</p>'],
    ['a table (kept as text)', '<table><tr><td>a</td></tr></table>', 'a'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['a relative link', '<a href="/settings">a</a>', '<a>a</a>'],
    ['a remote image', '<img src="https://tracker.example/p.gif"><p>a</p>', '<p>a</p>'],
    ['an SVG data image', '<img src="data:image/svg+xml;base64,PHN2Zz4="><p>a</p>', '<p>a</p>'],
    ['a class and an id', '<p class="x" id="y">a</p>', '<p>a</p>'],
  ])('removes %s', (_what, html, expected) => {
    expect(sanitizeCompose(html)).toBe(expected);
  });

  it('keeps cid: and raster data: images', () => {
    expect(sanitizeCompose('<img src="cid:logo@letterbox" alt="Logo">')).toBe('<img alt="Logo" src="cid:logo@letterbox" />');
    expect(sanitizeCompose(`<img src="${PNG}">`)).toBe(`<img src="${PNG}" />`);
  });

  it('keeps the text styles an editor sets, and nothing else', () => {
    const html =
      '<p style="text-align:center;position:fixed;color:#ff0000"><span style="font-weight:bold;background-color:rgb(1, 2, 3);' +
      'background-image:url(https://t.example/x);font-style:italic;text-decoration:underline line-through">a</span></p>';
    expect(sanitizeCompose(html)).toBe(
      '<p style="text-align:center;color:#ff0000"><span style="font-weight:bold;background-color:rgb(1, 2, 3);' +
        'font-style:italic;text-decoration:underline line-through">a</span></p>',
    );
  });

  it.each(['color:expression(alert(1))', 'color:url(https://t.example/x)', 'color:red;behavior:url(x.htc)'])(
    'drops a style value that is not plain: %s',
    (style) => {
      expect(sanitizeCompose(`<span style="${style}">a</span>`)).not.toMatch(/expression|url|behavior/);
    },
  );

  it('turns contenteditable lines and struck text into the allowed tags', () => {
    expect(sanitizeCompose('<div>one</div><div dir="rtl">two <strike>x</strike></div>')).toBe(
      '<p>one</p><p dir="rtl">two <s>x</s></p>',
    );
  });
});
