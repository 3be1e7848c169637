import type { Recipient } from '@/lib/schemas/compose';
import type { SettingsValues } from '@/lib/schemas/values';
import { textToHtml } from './plain-rich';

export type Identity = SettingsValues['identities'][number];

/**
 * Who a message can be written as: the identities of the settings, the first the default, and
 * the login's own address if no identity has it (it is always the user's to send as).
 */
export function identityChoices(identities: readonly Identity[], address: string): Identity[] {
  const own = identities.some((identity) => identity.address.toLowerCase() === address.toLowerCase());
  return own ? [...identities] : [...identities, { name: '', address, signature: '' }];
}

/** The signature of the identity written as (none for an address without an identity). */
export function signatureOf(identities: readonly Identity[], from: Recipient | undefined): string {
  const address = from?.address.toLowerCase();
  return identities.find((identity) => identity.address.toLowerCase() === address)?.signature ?? '';
}

/** An identity as the From of a compose request. */
export const senderOf = ({ name, address }: Identity): Recipient => (name ? { name, address } : { address });

/**
 * The editor HTML with the signature under the place where the user writes (the leading empty
 * paragraph), above any quoted original: "-- " on its own line first, the separator readers and
 * clients recognise (RFC 3676 §4.3).
 */
export function withSignature(html: string, signature: string): string {
  if (signature.trim() === '') return html || '';
  const block = textToHtml(`-- \n${signature}`);
  const start = '<p></p>';
  return html.startsWith(start) ? `${start}${block}${html.slice(start.length)}` : `${start}${block}${html}`;
}
