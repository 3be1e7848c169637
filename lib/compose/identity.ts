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

/**
 * Whether a user whose address is `own` may send as `address`: their address itself, or a
 * subaddress of it (`local+detail@domain`, RFC 5233), which is delivered to them. Any other
 * address would need the operator's word that it is theirs (a verified alias), which Letterbox
 * has no way to know, so it is refused: From is never a free-text field.
 */
export function ownsAddress(own: string, address: string): boolean {
  const [local, domain] = splitAddress(own);
  const [otherLocal, otherDomain] = splitAddress(address);
  if (otherDomain.toLowerCase() !== domain.toLowerCase()) return false;
  return otherLocal === local || (otherLocal.startsWith(`${local}+`) && otherLocal.length > local.length + 1);
}

/** The sentence that says which addresses are the user's to send as. */
export function ownAddressesHint(own: string): string {
  const [local, domain] = splitAddress(own);
  return `You can send as ${own}, or as ${local}+anything@${domain}.`;
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@');
  return at < 0 ? [address, ''] : [address.slice(0, at), address.slice(at + 1)];
}
