/**
 * The rules an address field must pass, without zod: the compose schema (compose.ts) applies
 * them to requests, and the browser (lib/compose/parse-typed-addresses.ts) to what the user
 * types, so a chip is only ever an address the server will take. The browser never loads zod.
 */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * One mailbox as `local@domain`, nothing else: a dot-atom local part in ASCII (RFC 5322
 * §3.2.3; no quoted local parts) and a domain of letters, digits and hyphens. The domain may
 * be an IDN (MailComposer writes it as punycode, RFC 5891); a non-ASCII local part would need
 * SMTPUTF8 (RFC 6531) end to end, which submission here does not use, so it is refused.
 * Strict on purpose: whatever passes, nodemailer's addressparser reads back as exactly that one
 * mailbox (tests/unit/compose/compose-schema.test.ts checks it), so the header says what was
 * checked. lib/schemas stays a leaf (zod only), which is why the parser is not called here.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
/** RFC 5321 §4.5.3.1: local part ≤ 64 octets, path ≤ 256 with its angle brackets. */
export const MAX_ADDRESS = 254;
export const MAX_NAME = 256;

export function headerProblem(value: string): string | null {
  if (LINE_BREAK.test(value)) return 'line breaks are not allowed in a header field';
  if (CONTROL.test(value)) return 'control characters are not allowed in a header field';
  return null;
}

/** Why `value` is not exactly one `local@domain`, or null. */
export function addressProblem(value: string): string | null {
  const header = headerProblem(value);
  if (header) return header;
  if (/[<>,;:"()[\]\\\s]/.test(value)) return 'give one address (local@domain) without a name, brackets or separators';
  const at = value.lastIndexOf('@');
  if (at < 0) return 'not an address: it needs an @';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (/[^\x21-\x7e]/.test(local)) return 'not an address: letters outside ASCII before the @ need SMTPUTF8 (RFC 6531)';
  if (!LOCAL.test(local) || local.length > 64) return 'not an address: the part before @ is not valid';
  if (!domain.split('.').every((label) => LABEL.test(label) && label.length <= 63)) {
    return 'not an address: the part after @ is not a domain';
  }
  return null;
}

/** Why `{ name, address }` would be refused by the compose schema's Recipient, or null. */
export function recipientProblem({ name, address }: { name?: string; address: string }): string | null {
  if (name !== undefined) {
    if (name.length > MAX_NAME) return `a name is at most ${MAX_NAME} characters`;
    const problem = headerProblem(name);
    if (problem) return problem;
  }
  if (address.length > MAX_ADDRESS) return `an address is at most ${MAX_ADDRESS} characters`;
  return addressProblem(address);
}
