import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { mailboxId } from '@/lib/ids';
import { retireConnectionsOf, withImap } from '@/lib/imap/connection/pool';
import type { MailboxChangeResponse } from '@/lib/schemas/mailboxes';
import type { OpenSharedRequest } from '@/lib/schemas/sharing';
import type { Account } from '@/lib/session/account';
import { canRemember, MAX_OPENED, openedPaths, saveOpenedPaths } from './opened-paths';

const NO_OTHERS = 'This mail server has no folders of other users (its NAMESPACE names none, RFC 2342).';
const NO_LIST = 'This mail server cannot remember folders for you (it lacks IMAP METADATA, RFC 5464).';

/**
 * "Open a shared folder…": the folder `name` of `owner`, named as the server's other-users
 * namespace says (RFC 2342 §5: prefix, owner, delimiter, name), opened by STATUS to prove it is
 * there for this user, then remembered so every folder list shows it (opened-folders.ts).
 */
export function openSharedFolder(account: Account, { owner, name }: OpenSharedRequest): Promise<MailboxChangeResponse> {
  return withImap(
    account,
    async ({ client, features }) => {
      const namespace = (client.namespaces?.other || [])[0];
      if (!namespace) throw new AppError('UNSUPPORTED', NO_OTHERS);
      if (!canRemember(features)) throw new AppError('UNSUPPORTED', NO_LIST);
      const delimiter = namespace.delimiter || '/';
      const path = `${namespace.prefix}${owner}${delimiter}${name}`;
      const status = await client.status(path, { messages: true }).catch(() => null);
      if (!status) throw new AppError('NOT_FOUND', `${owner} has no folder “${name}” shared with you.`);
      const paths = await openedPaths(client, features, account);
      if (!paths.includes(path)) {
        if (paths.length >= MAX_OPENED) throw new AppError('BAD_REQUEST', `At most ${MAX_OPENED} folders can be opened by name.`);
        await saveOpenedPaths(client, account, [...paths, path]);
      }
      return { id: mailboxId(path), path, subscribed: false };
    },
    { retry: 'never' },
  );
}

/**
 * Takes a folder opened by name off the list (the share itself is the owner's to end). The
 * user's pooled sessions are replaced: once a session has opened another user's folder, Dovecot
 * lists that user's shared folders to it from then on (measured on the no-dict instance), so
 * the folder would stay in the list of every session that ever opened it.
 */
export async function forgetSharedFolder(account: Account, path: string): Promise<void> {
  await withImap(
    account,
    async ({ client, features }) => {
      const paths = await openedPaths(client, features, account);
      if (!paths.includes(path)) throw new AppError('NOT_FOUND', 'That folder was not opened by name.');
      await saveOpenedPaths(
        client,
        account,
        paths.filter((opened) => opened !== path),
      );
    },
    { retry: 'never' },
  );
  retireConnectionsOf(account.user, account.host, account.port);
}
