/** RFC 2045 §5.1 type/subtype; Dovecot reports `Content-Type: text` as "text/" and garbage as "/". */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * A BODYSTRUCTURE node's media type, lower case. RFC 2045 §5.2: a missing or invalid
 * Content-Type is read as text/plain (Dovecot also reports "" for a header it gave up on).
 */
export function mediaType(node: { type: string }): string {
  const type = node.type.toLowerCase();
  return MEDIA_TYPE.test(type) ? type : 'text/plain';
}
