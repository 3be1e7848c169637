import { describe, expect, it } from 'vitest';
import { composeBodies } from '@/lib/compose/compose-html';

describe('composeBodies', () => {
  it('sanitizes the HTML and derives the text from what remains', () => {
    const bodies = composeBodies({ html: '<p>Hello <b>you</b></p><script>steal()</script><p onclick="x()">Bye</p>' });
    expect(bodies.html).toBe('<p>Hello <b>you</b></p><p>Bye</p>');
    expect(bodies.text).toBe('Hello you\n\nBye');
  });

  it('writes links as text [url], once when the text is the URL', () => {
    const { text } = composeBodies({
      html: '<p>See <a href="https://example.com/doc">the doc</a>, <a href="https://example.com/y">https://example.com/y</a></p>',
    });
    expect(text).toBe('See the doc [https://example.com/doc], https://example.com/y');
  });

  it('wraps lines at 78 characters', () => {
    const { text } = composeBodies({ html: `<p>${'word '.repeat(40)}</p>` });
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(78);
  });

  it('shows an image by its alt text, never its data: or cid: source', () => {
    const { text } = composeBodies({
      html: '<p>Logo: <img src="cid:logo@x" alt="Acme logo"><img src="data:image/png;base64,AAAA"></p>',
    });
    expect(text).toBe('Logo: [Acme logo]');
  });

  it('keeps a text alternative the editor gave', () => {
    expect(composeBodies({ html: '<p>rich</p>', text: 'plain words' })).toEqual({ html: '<p>rich</p>', text: 'plain words' });
  });

  it('gives no HTML in plain-text mode', () => {
    expect(composeBodies({ text: 'only text' })).toEqual({ text: 'only text' });
    expect(composeBodies({})).toEqual({ text: '' });
  });
});
