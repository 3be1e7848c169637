import { mailboxId } from '@/lib/ids';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { myRightsFrom } from '@/lib/sharing/rights';

/** A Mailbox as the API returns it, for a '/'-delimited path; override any field. */
export function mailboxFixture(path: string, extra: Partial<Mailbox> = {}): Mailbox {
  const segments = path.split('/');
  return {
    id: mailboxId(path),
    path,
    name: segments.at(-1) ?? path,
    delimiter: '/',
    parent: segments.length > 1 ? segments.slice(0, -1).join('/') : null,
    specialUse: null,
    flags: [],
    subscribed: true,
    total: 1,
    unseen: 0,
    namespace: 'personal',
    owner: null,
    myRights: myRightsFrom(null),
    ...extra,
  };
}
