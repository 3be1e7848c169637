/**
 * The From address of a signed-in user. A login that is already an address is used as it
 * is; a bare login (`alice`) gets the configured IDENTITY_DOMAIN. Only the domain is
 * lower-cased: domains are case-insensitive (RFC 5321 §2.4), a local part may not be.
 */
export function fromAddress(login: string, identityDomain: string): string {
  const at = login.lastIndexOf('@');
  if (at >= 0) return `${login.slice(0, at)}@${login.slice(at + 1).toLowerCase()}`;
  return `${login}@${identityDomain.toLowerCase()}`;
}
