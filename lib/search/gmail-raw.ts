import { atom } from '@/lib/imap/commands/raw-command';
import { isAscii, type SearchCriteria, value } from './search-criteria';
import { tokenizeQuery } from './tokenize-query';

/**
 * Gmail's own search over IMAP: where the server offers X-GM-EXT-1, the query is sent as
 * `X-GM-RAW "<query>"` (Google's IMAP extensions, developers.google.com/gmail/imap/imap-extensions),
 * so Gmail reads it exactly as its search box does (its labels, categories, dates and
 * precedence), rather than as the IMAP keys Letterbox would make of it. The `in:` is left
 * out: Letterbox has already turned it into the folders to search. Not exercised against
 * Gmail here (no network but loopback); Dovecot offers no X-GM-EXT-1, so it never gets one.
 */
export function gmailRawCriteria(query: string): SearchCriteria {
  const raw = withoutScope(query);
  return { attributes: [atom('X-GM-RAW'), value(raw)], utf8: !isAscii(raw) };
}

/** The query without its `in:` token (the parser has already refused a query with two). */
export function withoutScope(query: string): string {
  const scope = tokenizeQuery(query).find((token) => token.type === 'operator' && token.name.toLowerCase() === 'in');
  if (!scope) return query.trim();
  // Only the space around it closes up: a phrase's own spacing is the user's.
  return `${query.slice(0, scope.position).trimEnd()} ${query.slice(scope.position + scope.text.length).trimStart()}`.trim();
}
