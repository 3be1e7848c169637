/**
 * A strict reading of an address header's value (unfolded): does it follow RFC 5322 §3.4
 * address-list syntax, with the obsolete forms real mail still uses (§4.4: a phrase with dots,
 * a local part of words, empty list elements) and the group syntax RFC 6854 allows in From and
 * Sender? Servers and parsers repair what does not: Dovecot's ENVELOPE keeps the first of two
 * run-together mailboxes and drops the rest, so `"PayPal" <service@paypal.com> <x@evil.example>`
 * reads as PayPal. Linear in the length of the value; no regular expression backtracks.
 */

type Token = { kind: 'word' | 'literal'; text: string } | { kind: 'special'; text: string };

/** RFC 5322 §3.2.3 atext, plus any non-ASCII character (RFC 6532 §3.2, UTF-8 headers). */
const ATEXT = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\u{10FFFF}]$/u;
const SPECIALS = new Set(['<', '>', '@', ',', ';', ':', '.']);
/** RFC 2047 §2 encoded-word: an atom to RFC 5322, whatever its encoded text holds. */
const ENCODED_WORD = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Comments and white space are dropped (CFWS); null when the value cannot even be split into tokens. */
function tokenize(value: string): Token[] | null {
  if (CONTROL.test(value.replace(/\r\n(?=[ \t])/g, ''))) return null;
  const tokens: Token[] = [];
  const chars = Array.from(value);
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] as string;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
      i += 1;
    } else if (char === '(') {
      let depth = 0;
      for (; i < chars.length; i += 1) {
        if (chars[i] === '\\') i += 1;
        else if (chars[i] === '(') depth += 1;
        else if (chars[i] === ')' && --depth === 0) break;
      }
      if (depth !== 0) return null;
      i += 1;
    } else if (char === '"') {
      let text = '';
      for (i += 1; i < chars.length && chars[i] !== '"'; i += 1) text += chars[i] === '\\' ? (chars[++i] ?? '') : chars[i];
      if (i >= chars.length) return null;
      tokens.push({ kind: 'word', text });
      i += 1;
    } else if (char === '[') {
      let text = '';
      for (i += 1; i < chars.length && chars[i] !== ']'; i += 1) {
        if (chars[i] === '[' || chars[i] === '\\') return null;
        text += chars[i];
      }
      if (i >= chars.length) return null;
      tokens.push({ kind: 'literal', text });
      i += 1;
    } else if (SPECIALS.has(char)) {
      tokens.push({ kind: 'special', text: char });
      i += 1;
    } else if (ATEXT.test(char)) {
      let text = '';
      while (i < chars.length) {
        const encoded = chars[i] === '=' ? encodedWordAt(chars, i) : null;
        if (encoded) {
          text += encoded;
          i += Array.from(encoded).length;
        } else if (ATEXT.test(chars[i] as string)) {
          text += chars[i];
          i += 1;
        } else break;
      }
      tokens.push({ kind: 'word', text });
    } else {
      // `)`, `\`, `]` outside their pairs.
      return null;
    }
  }
  return tokens;
}

function encodedWordAt(chars: string[], at: number): string | null {
  const rest = chars.slice(at, at + 200).join('');
  ENCODED_WORD.lastIndex = 0;
  return ENCODED_WORD.exec(rest)?.[0] ?? null;
}

/** A recursive-descent reader over the tokens; each method consumes what it matched or fails. */
class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }
  private isSpecial(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'special' && token.text === text;
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }

  /** address-list (§3.4, obs-addr-list §4.4): empty elements allowed, at least one address. */
  addressList(): number | null {
    let count = 0;
    for (;;) {
      if (!this.isSpecial(',') && !this.done()) {
        if (!this.address()) return null;
        count += 1;
      }
      if (this.done()) return count;
      if (!this.isSpecial(',')) return null;
      this.at += 1;
    }
  }

  /** address = mailbox / group; both may open with a phrase, told apart by what follows it. */
  private address(): boolean {
    const start = this.at;
    const words = this.phrase();
    if (this.isSpecial(':') && words > 0) return this.groupRest();
    this.at = start;
    return this.mailbox();
  }

  /** group = display-name ":" [group-list] ";" (§3.4), after its name. */
  private groupRest(): boolean {
    this.at += 1;
    for (;;) {
      if (this.isSpecial(';')) {
        this.at += 1;
        return true;
      }
      if (this.isSpecial(',')) this.at += 1;
      else if (!this.mailbox()) return false;
    }
  }

  /** mailbox = name-addr / addr-spec. */
  private mailbox(): boolean {
    const start = this.at;
    this.phrase();
    if (this.isSpecial('<')) return this.angleAddr();
    this.at = start;
    return this.addrSpec();
  }

  /** phrase = 1*word, obs-phrase: word *(word / "."); returns the words read (0: none, nothing consumed). */
  private phrase(): number {
    if (this.peek()?.kind !== 'word') return 0;
    let words = 0;
    while (this.peek()?.kind === 'word' || (words > 0 && this.isSpecial('.'))) {
      if (this.peek()?.kind === 'word') words += 1;
      this.at += 1;
    }
    return words;
  }

  private angleAddr(): boolean {
    this.at += 1;
    if (!this.addrSpec() || !this.isSpecial('>')) return false;
    this.at += 1;
    return true;
  }

  /** addr-spec = local-part "@" domain; local-part = word *("." word) (obs-local-part). */
  private addrSpec(): boolean {
    if (!this.dotted('word')) return false;
    if (!this.isSpecial('@')) return false;
    this.at += 1;
    if (this.peek()?.kind === 'literal') {
      this.at += 1;
      return true;
    }
    return this.dotted('word');
  }

  private dotted(kind: 'word'): boolean {
    if (this.peek()?.kind !== kind) return false;
    this.at += 1;
    while (this.isSpecial('.') && this.peek(1)?.kind === kind) this.at += 2;
    return true;
  }
}

/**
 * Whether an address header's value parses cleanly: an address-list (From, Reply-To; RFC 6854
 * lets From hold a group), or exactly one address (`single`: Sender, RFC 6854 §2).
 */
export function isCleanAddressList(value: string, options: { single?: boolean } = {}): boolean {
  const tokens = tokenize(value);
  if (!tokens) return false;
  const reader = new Reader(tokens);
  const count = reader.addressList();
  if (count === null || !reader.done() || count === 0) return false;
  return options.single ? count === 1 : true;
}
