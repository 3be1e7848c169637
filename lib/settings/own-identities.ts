import 'server-only';
import { fromAddress, ownAddressesHint, ownsAddress } from '@/lib/compose/identity';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import type { SettingsPatch } from '@/lib/schemas/settings';
import type { Account } from '@/lib/session/account';

/**
 * Settings may name only the user's own addresses as identities (lib/compose/identity.ts):
 * a stored identity is offered in every compose view, so one that the send would refuse is
 * refused here already, naming the field and what is allowed.
 */
export function assertOwnIdentities(account: Account, patch: SettingsPatch): void {
  const own = fromAddress(account.user, env().IDENTITY_DOMAIN);
  const index = (patch.identities ?? []).findIndex((identity) => !ownsAddress(own, identity.address));
  if (index >= 0) throw new AppError('BAD_REQUEST', `identities.${index}.address: ${ownAddressesHint(own)}`);
}
