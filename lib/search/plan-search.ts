import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { ALL_FOLDERS } from '@/lib/schemas/search';
import type { Account } from '@/lib/session/account';
import type { SearchScope } from './query-ast';
import { resolveFolder, searchedEverywhere } from './resolve-folder';

export interface SearchPlan {
  /** The folders to search, by IMAP path. */
  paths: string[];
  /** Several folders were asked for (`in:anywhere` or `*`), even if the account has one. */
  everywhere: boolean;
  /** The server has WITHIN (RFC 5032) for older_than/newer_than. */
  within: boolean;
  /** The server is Gmail's (X-GM-EXT-1): the query goes as X-GM-RAW (gmail-raw.ts). */
  gmailRaw: boolean;
}

/**
 * Which folders a search covers: the query's `in:` wins over the `mailboxId` parameter;
 * `in:anywhere` and `*` mean every selectable folder but Trash and Junk (resolve-folder.ts).
 * The folder list is read (LIST, no STATUS) only when a name must be resolved or all are wanted.
 */
export function planSearch(account: Account, scope: SearchScope | null, mailboxId: string | undefined): Promise<SearchPlan> {
  return withImap(account, async ({ client }) => {
    const within = client.capabilities.has('WITHIN');
    const gmailRaw = client.capabilities.has('X-GM-EXT-1');
    if (!scope && mailboxId !== ALL_FOLDERS) {
      const path = mailboxId === undefined ? 'INBOX' : mailboxPathFromId(mailboxId);
      if (path === null) throw new AppError('NOT_FOUND', 'This folder does not exist.');
      return { paths: [path], everywhere: false, within, gmailRaw };
    }
    const selectable = (await client.list()).filter(
      (entry) => !entry.flags.has('\\Noselect') && !entry.flags.has('\\NonExistent'),
    );
    if (scope?.kind === 'folder') {
      const path = resolveFolder(selectable, scope.name);
      if (path === null) throw new AppError('BAD_REQUEST', `No folder is named "${scope.name}".`);
      return { paths: [path], everywhere: false, within, gmailRaw };
    }
    return { paths: selectable.filter(searchedEverywhere).map((entry) => entry.path), everywhere: true, within, gmailRaw };
  });
}
