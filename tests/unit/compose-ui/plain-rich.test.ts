import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, textToHtml } from '@/lib/compose/plain-rich';

describe('textToHtml', () => {
  it('escapes <, >, &, and both quotes', () => {
    expect(textToHtml(`a < b && c > "d" 'e'`)).toBe('<p>a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;</p>');
    expect(textToHtml('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    // An entity the writer typed is text, not markup.
    expect(textToHtml('&amp; &#60;')).toBe('<p>&amp;amp; &amp;#60;</p>');
  });

  it('makes each block between blank lines a paragraph', () => {
    expect(textToHtml('One\n\nTwo\n\nThree')).toBe('<p>One</p><p>Two</p><p>Three</p>');
    // Several blank lines, or lines of spaces and tabs, still end just one paragraph.
    expect(textToHtml('One\n\n\n\nTwo\n \t\nThree')).toBe('<p>One</p><p>Two</p><p>Three</p>');
  });

  it('keeps a single line break as <br>', () => {
    expect(textToHtml('Dear Ann,\nthanks.\n\nBest,\nBob')).toBe('<p>Dear Ann,<br>thanks.</p><p>Best,<br>Bob</p>');
  });

  it('reads CRLF and lone CR as one line break', () => {
    expect(textToHtml('a\r\nb\r\n\r\nc')).toBe('<p>a<br>b</p><p>c</p>');
    expect(textToHtml('a\rb\r\rc')).toBe('<p>a<br>b</p><p>c</p>');
  });

  it('drops blank lines at either end, and gives nothing for empty text', () => {
    expect(textToHtml('')).toBe('');
    expect(textToHtml('\n \n\t\n')).toBe('');
    expect(textToHtml('\n\nHello\n  \n')).toBe('<p>Hello</p>');
    expect(textToHtml('Hello\n')).toBe('<p>Hello</p>');
  });

  it('keeps spaces inside a line', () => {
    expect(textToHtml('  indented  twice')).toBe('<p>  indented  twice</p>');
  });
});

describe('htmlToText', () => {
  it('reads the editor HTML as the editor text: a blank line between blocks, a line break per <br>', () => {
    expect(htmlToText('<p>Hello <strong>you</strong></p><p>Line<br>break</p>')).toBe('Hello you\n\nLine\nbreak');
  });

  it('starts one paragraph per nested block, not one per level', () => {
    const html =
      '<p>Items:</p><ul><li><p>one</p></li><li><p>two</p><ol><li><p>deep</p></li></ol></li></ul><blockquote><p>quoted</p></blockquote>';
    expect(htmlToText(html)).toBe('Items:\n\none\n\ntwo\n\ndeep\n\nquoted');
  });

  it('decodes what a serializer escapes, and leaves unknown entities as written', () => {
    expect(htmlToText('<p>&lt;a&gt; &amp; &quot;b&quot; &#39;c&#39; &#x1F600; &nbsp;&copy;</p>')).toBe(
      `<a> & "b" 'c' \u{1F600} \u00a0&copy;`,
    );
    expect(htmlToText('<p>&#0; &#xD800;</p>')).toBe('\ufffd \ufffd');
  });

  it('skips empty paragraphs, comments and indentation between tags, and keeps a <pre> as written', () => {
    expect(htmlToText('<p></p><p>On Monday, Ann wrote:</p><p></p>')).toBe('On Monday, Ann wrote:');
    expect(htmlToText('<p>a</p>\n  <!-- note -->\n<p>b <em>c</em></p>')).toBe('a\n\nb c');
    expect(htmlToText('<pre><code>x\n\n  y</code></pre>')).toBe('x\n\n  y');
  });

  it('keeps a > inside a quoted attribute within its tag', () => {
    expect(htmlToText('<p><a href="https://example.com/?q=>">link</a></p>')).toBe('link');
  });

  it('gives nothing for an empty editor', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p></p>')).toBe('');
  });
});

describe('plain → rich → plain', () => {
  it('gives back simple text unchanged', () => {
    for (const text of ['Hello', 'Dear Ann,\nthanks for <this> & "that".\n\nBest,\nBob', 'a  b\n\n  c']) {
      expect(htmlToText(textToHtml(text))).toBe(text);
    }
  });

  it('gives back any text of non-blank lines in blocks separated by one blank line', () => {
    const line = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((value) => !/[\r\n]/.test(value) && /[^ \t]/.test(value));
    const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const text = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'));
    fc.assert(
      fc.property(text, (value) => htmlToText(textToHtml(value)) === value),
      { seed: 20261201, numRuns: 500 },
    );
  });
});
