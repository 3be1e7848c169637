/**
 * A CSS attribute-value string for any IMAP path: quotes, backslashes and non-ASCII are
 * escaped, so `folder('Inbox "old"')` or a path with the hierarchy delimiter still matches.
 */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
