import 'server-only';

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** RFC 6838 §4.2 restricted-name, for both the type and the subtype. */
const NAME = '[a-z0-9][a-z0-9!#$&^_.+-]{0,126}';
const TYPE = new RegExp(`^${NAME}/${NAME}$`);

/**
 * The attachment's media type as `type/subtype`, lower-cased and without parameters (the send
 * path sets its own). Anything malformed is sent as opaque bytes rather than refused: it comes
 * from the browser's guess, which the user cannot fix.
 */
export function attachmentContentType(raw: string | null | undefined): string {
  const value = (raw ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return TYPE.test(value) ? value : DEFAULT_CONTENT_TYPE;
}
