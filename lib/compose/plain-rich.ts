/**
 * The two conversions of the compose editor's "Plain text" switch. Pure and browser-safe:
 * the editor runs them on the client, and they must give the same text on every platform.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** A line holding only spaces and tabs reads as blank, so it ends a paragraph as an empty one does. */
const BLANK_LINES = /\n(?:[ \t]*\n)+/;
const EDGE_BLANK_LINES = /^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g;

/**
 * Plain text as editor HTML: each block between blank lines a `<p>`, each single line break
 * a `<br>` (the editor's hard break), every character escaped. CRLF and lone CR (RFC 5322
 * line ends, old Mac text) count as one line break. Blank text gives '' (an empty editor).
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(BLANK_LINES)
    .map((block) => block.replace(EDGE_BLANK_LINES, ''))
    .filter((block) => /[^ \t\n]/.test(block))
    .map((block) => `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** Block elements: text on either side of one is a new paragraph. */
const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tr ul'.split(
    ' ',
  ),
);
/**
 * A comment, a tag (a quoted attribute value may hold `>`), a run of text, or a stray `<`.
 * No `<` inside a tag outside quotes, so a tag that never closes costs one scan, not one per `<`.
 */
const TOKENS = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][a-z0-9]*)(?:[^<>"']|"[^"]*"|'[^']*')*>|[^<]+|</gi;

/**
 * Editor HTML (the editor's or the compose sanitizer's: no script or style) as plain text: what
 * the editor's own getText() gives (a blank line between blocks, a line break per `<br>`,
 * entities decoded), except that a block nested in a list item or a quote starts one paragraph,
 * not one per level of nesting, and empty paragraphs add nothing. Line breaks in a `<pre>` are
 * kept; elsewhere they are source formatting.
 */
export function htmlToText(html: string): string {
  let text = '';
  let blockEnded = false;
  let preDepth = 0;
  const write = (chunk: string) => {
    if (blockEnded && text !== '') text += '\n\n';
    blockEnded = false;
    text += chunk;
  };
  for (const [token, closing, name] of html.matchAll(TOKENS)) {
    if (name !== undefined) {
      const tag = name.toLowerCase();
      if (tag === 'br') write('\n');
      if (tag === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
      if (BLOCKS.has(tag)) blockEnded = true;
    } else if (!token.startsWith('<!--')) {
      const raw = preDepth > 0 ? token : token.replace(/[ \t\f]*[\r\n][ \t\r\n\f]*/g, ' ');
      // Indentation between tags (`</p>\n  <p>`) is not text; a space the writer typed is.
      if (preDepth > 0 || raw !== ' ' || token === ' ') write(decodeEntities(raw));
    }
  }
  return text;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The entities a browser's serializer and sanitize-html write; any other named one stays as written. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]+));/gi,
    (entity, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED[name] ?? entity;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
