/**
 * A strict reading of an address header's value (unfolded): does it follow RFC 5322 §3.4
 * address-list syntax, with the obsolete forms real mail still uses (§4.4: a phrase with dots,
 * a local part of words, empty list elements) and the group syntax RFC 6854 allows in From and
 * Sender? Servers and parsers repair what does not: Dovecot's ENVELOPE keeps the first of two
 * run-together mailboxes and drops the rest, so `"PayPal" <service@paypal.com> <x@evil.example>`
 * reads as PayPal. Linear in the length of the value; no regular expression backtracks.
 */

type Token = { kind: 'word' | 'literal'; text: string } | { kind: 'special'; text: string };

/** RFC 5322 §3.2.3 atext, plus any non-ASCII code unit (RFC 6532 §3.2, UTF-8 headers). */
const ASCII_ATEXT = /[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]/;
const isAtext = (char: string) => char.charCodeAt(0) >= 0x80 || ASCII_ATEXT.test(char);
const SPECIALS = new Set(['<', '>', '@', ',', ';', ':', '.']);
const SPACE = new Set([' ', '\t', '\r', '\n']);
/** RFC 2047 §2 encoded-word (at most 75 characters): an atom to RFC 5322, whatever its encoded text holds. */
const ENCODED_WORD = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Thrown where the value cannot even be split into tokens. */
class Unreadable extends Error {}

/**
 * The value's tokens, one at a time, so that the reader stops at the first wrong one (a
 * megabyte of `<` is refused at the second); comments and white space are dropped (CFWS).
 */
function* tokenize(value: string): Generator<Token> {
  let i = 0;
  while (i < value.length) {
    const char = value.charAt(i);
    if (SPACE.has(char)) {
      i += 1;
    } else if (char === '(') {
      let depth = 0;
      for (; i < value.length; i += 1) {
        const inner = value.charAt(i);
        if (inner === '\\') i += 1;
        else if (inner === '(') depth += 1;
        else if (inner === ')' && --depth === 0) break;
      }
      if (depth !== 0) throw new Unreadable();
      i += 1;
    } else if (char === '"') {
      const end = closing(value, i + 1, '"');
      if (end < 0) throw new Unreadable();
      yield { kind: 'word', text: value.slice(i + 1, end) };
      i = end + 1;
    } else if (char === '[') {
      const end = value.indexOf(']', i + 1);
      const text = end < 0 ? '' : value.slice(i + 1, end);
      if (end < 0 || text.includes('[') || text.includes('\\')) throw new Unreadable();
      yield { kind: 'literal', text };
      i = end + 1;
    } else if (SPECIALS.has(char)) {
      yield { kind: 'special', text: char };
      i += 1;
    } else if (isAtext(char)) {
      const start = i;
      while (i < value.length) {
        ENCODED_WORD.lastIndex = 0;
        const encoded = value.charAt(i) === '=' ? ENCODED_WORD.exec(value.slice(i, i + 200)) : null;
        if (encoded) i += encoded[0].length;
        else if (isAtext(value.charAt(i))) i += 1;
        else break;
      }
      yield { kind: 'word', text: value.slice(start, i) };
    } else {
      // `)`, `\`, `]` outside their pairs.
      throw new Unreadable();
    }
  }
}

/** Where the quoted string opened before `from` closes (quoted-pairs skipped), or -1. */
function closing(value: string, from: number, quote: string): number {
  for (let i = from; i < value.length; i += 1) {
    if (value.charAt(i) === '\\') i += 1;
    else if (value.charAt(i) === quote) return i;
  }
  return -1;
}

/** A recursive-descent reader over the tokens; each method consumes what it matched or fails. */
class Reader {
  private at = 0;
  private readonly tokens: Token[] = [];
  constructor(private readonly source: Generator<Token>) {}

  private peek(offset = 0): Token | undefined {
    while (this.tokens.length <= this.at + offset) {
      const next = this.source.next();
      if (next.done) return undefined;
      this.tokens.push(next.value);
    }
    return this.tokens[this.at + offset];
  }
  private isSpecial(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'special' && token.text === text;
  }
  done(): boolean {
    return this.peek() === undefined;
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
  if (CONTROL.test(value)) return false;
  const reader = new Reader(tokenize(value));
  try {
    const count = reader.addressList();
    if (count === null || !reader.done() || count === 0) return false;
    return options.single ? count === 1 : true;
  } catch (error) {
    if (error instanceof Unreadable) return false;
    throw error;
  }
}
