/**
 * How deep elements may nest before the parser sees them. htmlparser2 (under sanitize-html)
 * keeps its open-element stack with unshift/shift, so every tag costs the current depth:
 * 100,000 nested <div>s took over 5 s. Browsers flatten such trees anyway (Chromium's parser
 * stops nesting at 512), so deeper tags are dropped here and their text stays.
 */
const MAX_DEPTH = 512;
const words = (list: string) => list.split(' ');
/** No end tag, never on the stack (htmlparser2's list; it reads `image` as `img`). */
const VOID = new Set(
  words('area base basefont br col command embed frame hr image img input isindex keygen link meta param source track wbr'),
);
/** The tokenizer reads their content as text up to their end tag; after `plaintext`, everything is text. */
const RAW_TEXT = new Set(words('script style title textarea xmp iframe noembed noframes plaintext'));
/**
 * Opening the key first closes these while they are on top (htmlparser2's openImpliesClose,
 * HTML §13.1.2.4 optional end tags): the model below must pop exactly what the parser pops.
 */
const HEADINGS = words('h1 h2 h3 h4 h5 h6 p');
const FORM = words('input option optgroup select button datalist textarea');
const CLOSES = new Map<string, string[]>([
  ...words(
    'p address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul',
  ).map((name): [string, string[]] => [name, ['p']]),
  ...words('h1 h2 h3 h4 h5 h6').map((name): [string, string[]] => [name, HEADINGS]),
  ...words('select input output button datalist textarea').map((name): [string, string[]] => [name, FORM]),
  ['tr', words('tr th td')],
  ['th', ['th']],
  ['td', words('thead th td')],
  ['body', words('head link script')],
  ['a', ['a']],
  ['li', ['li']],
  ['option', ['option']],
  ['optgroup', words('optgroup option')],
  ['dd', words('dd dt')],
  ['dt', words('dd dt')],
  ['rt', words('rt rp')],
  ['rp', words('rt rp')],
  ['tbody', words('thead tbody')],
  ['tfoot', words('thead tbody')],
]);
/** SVG and MathML, which sanitize-html drops anyway: without them the parser never leaves HTML's rules. */
const FOREIGN = new Set(['svg', 'math']);

/**
 * One linear pass that tracks the open elements exactly as htmlparser2 does (comments,
 * raw-text elements, quoted attribute values, implied end tags) and removes the tags nested
 * deeper than MAX_DEPTH with their end tags. `<svg>` and `<math>` tags are removed too, so no
 * foreign-content rule (namespace confusion) applies. sanitize-html still parses the result
 * as any other input: this bounds the work, it never decides what is safe.
 */
export function limitDepth(html: string): string {
  const open: string[] = [];
  /** How many of each name are open: a stray end tag costs nothing, a matched one pops what it searched. */
  const opened = new Map<string, number>();
  const dropped: string[] = [];
  const kept: string[] = [];
  let copied = 0;
  const closeTo = (length: number) => {
    for (const name of open.splice(length)) opened.set(name, (opened.get(name) ?? 1) - 1);
  };
  const cut = (from: number, to: number) => {
    kept.push(html.slice(copied, from));
    copied = to;
  };
  let at = html.indexOf('<');
  while (at !== -1) {
    const closing = html.charCodeAt(at + 1) === SLASH;
    const nameStart = at + (closing ? 2 : 1);
    if (html.startsWith('<!--', at) || html.startsWith('<![CDATA[', at)) {
      at = html.indexOf('<', commentEnd(html, at));
      continue;
    }
    if (!isLetter(html.charCodeAt(nameStart))) {
      // `<!doctype>`, `<?pi>` and `</ x>` are skipped to their `>`; a lone `<` is text.
      const markup = /[!?/]/.test(html.charAt(at + 1));
      at = html.indexOf('<', markup ? after(html, '>', at + 2) : at + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !endsName(html.charCodeAt(nameEnd))) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    // An end tag ends at its first `>`; a start tag reads its attribute values whole.
    const end = closing ? after(html, '>', nameEnd) : tagEnd(html, nameEnd);
    if (end === -1) break;
    let next = end;
    if (FOREIGN.has(name)) cut(at, end);
    else if (closing) {
      if (dropped.at(-1) === name) {
        dropped.pop();
        cut(at, end);
      } else if (opened.get(name)) {
        closeTo(open.lastIndexOf(name));
        dropped.length = 0;
      } else if (dropped.length > 0) cut(at, end);
    } else if (!VOID.has(name) && !(name === 'form' && opened.get('form'))) {
      while (CLOSES.get(name)?.includes(open.at(-1) ?? '')) closeTo(open.length - 1);
      if (open.length >= MAX_DEPTH) {
        // Dropped, a raw-text element no longer hides what follows: its content is read as markup.
        dropped.push(name);
        cut(at, end);
      } else {
        open.push(name);
        opened.set(name, (opened.get(name) ?? 0) + 1);
        if (RAW_TEXT.has(name)) next = name === 'plaintext' ? -1 : endTagOf(html, name, end);
      }
    }
    at = next === -1 ? -1 : html.indexOf('<', next);
  }
  if (copied === 0) return html;
  kept.push(html.slice(copied));
  return kept.join('');
}

const SLASH = 0x2f;
const GT = 0x3e;
const EQUALS = 0x3d;
const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
/** A tag name ends at whitespace, `/` or `>`. */
const endsName = (code: number) => isSpace(code) || code === SLASH || code === GT;

/** The index after the next `token` from `from`, or the end of the text. */
function after(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  return found === -1 ? text.length : found + token.length;
}

/** Where a raw-text element's end tag (`</script>`, any case, then space, `/` or `>`) starts; -1: the rest is its text. */
function endTagOf(text: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The index after a comment (`-->`, `--!>`, or at once for `<!-->` and `<!--->`) or a CDATA section. */
function commentEnd(text: string, at: number): number {
  if (text.startsWith('<![CDATA[', at)) return after(text, ']]>', at + 9);
  if (text.startsWith('>', at + 4)) return at + 5;
  if (text.startsWith('->', at + 4)) return at + 6;
  let from = at + 4;
  for (;;) {
    const dashes = text.indexOf('--', from);
    if (dashes === -1) return text.length;
    let end = dashes + 2;
    while (text.charCodeAt(end) === 0x2d) end += 1;
    if (text.charCodeAt(end) === GT) return end + 1;
    if (text.startsWith('!>', end)) return end + 2;
    from = end;
  }
}

/**
 * The index after a start tag's `>`, or -1 when it never ends. As the tokenizer reads it: an
 * attribute name may start with `=` and holds quotes as plain characters; only a value after
 * `=` is quoted, and a quoted value may hold `>`.
 */
function tagEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    while (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === SLASH) at += 1;
    if (at >= text.length) return -1;
    if (text.charCodeAt(at) === GT) return at + 1;
    at += 1;
    while (at < text.length && !endsName(text.charCodeAt(at)) && text.charCodeAt(at) !== EQUALS) at += 1;
    while (isSpace(text.charCodeAt(at))) at += 1;
    if (text.charCodeAt(at) !== EQUALS) continue;
    at += 1;
    while (isSpace(text.charCodeAt(at))) at += 1;
    const quote = text.charAt(at);
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, at + 1);
      if (close === -1) return -1;
      at = close + 1;
    } else while (at < text.length && !isSpace(text.charCodeAt(at)) && text.charCodeAt(at) !== GT) at += 1;
  }
  return -1;
}
