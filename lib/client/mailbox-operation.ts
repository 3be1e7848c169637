'use client';

import type { QueryClient } from '@tanstack/react-query';
import { mailboxId } from '@/lib/ids';
import { isWithin } from '@/lib/schemas/mailbox-name';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import { mailboxIdFromPath } from '@/lib/ui/mail-location';
import { applyMailboxOperation } from './mailbox-tree-edit';
import { replaceFolder } from './navigation';
import { type MailboxOperation, runOperation } from './operations';
import { mutationKeys, queryKeys } from './query-keys';

interface MailboxContext {
  before: MailboxesResponse | undefined;
}

/**
 * Folder changes: the tree shows the change at once, goes back to what it was if the server
 * refuses, and is fetched again either way (counts, and the levels the server made). The
 * open folder follows a rename to its new id and leaves for INBOX when it is deleted.
 */
export function registerMailboxOperation(queryClient: QueryClient, scope: { id: string }): void {
  queryClient.setMutationDefaults(mutationKeys.operation('mailbox'), {
    mutationFn: (operation: MailboxOperation) => runOperation<'mailbox'>(operation),
    scope,
    onMutate: async (operation: MailboxOperation, { client }): Promise<MailboxContext> => {
      // A fetch still under way would land the old tree over this change.
      await client.cancelQueries({ queryKey: queryKeys.mailboxes() }, { revert: false });
      const before = client.getQueryData<MailboxesResponse>(queryKeys.mailboxes());
      if (before) client.setQueryData(queryKeys.mailboxes(), { mailboxes: applyMailboxOperation(before.mailboxes, operation) });
      return { before };
    },
    onError: (_error: Error, _operation: MailboxOperation, context: MailboxContext | undefined, { client }) => {
      if (context?.before) client.setQueryData(queryKeys.mailboxes(), context.before);
    },
    onSuccess: (_response, operation: MailboxOperation, context: MailboxContext | undefined) => {
      followOpenFolder(operation, context?.before);
    },
    onSettled: (_data, _error, _operation, _context, { client }) => client.invalidateQueries({ queryKey: queryKeys.mailboxes() }),
  });
}

/** The folder open in this tab, renamed or deleted (itself or a folder above it). */
function followOpenFolder(operation: MailboxOperation, before: MailboxesResponse | undefined): void {
  if (typeof window === 'undefined' || (operation.action !== 'rename' && operation.action !== 'delete')) return;
  const openId = mailboxIdFromPath(window.location.pathname);
  const changed = before?.mailboxes.find((mailbox) => mailbox.id === operation.mailboxId);
  const open = before?.mailboxes.find((mailbox) => mailbox.id === openId);
  if (!changed || !open || !isWithin(open.path, changed.path, changed.delimiter)) return;
  const path = operation.action === 'rename' ? `${operation.path}${open.path.slice(changed.path.length)}` : 'INBOX';
  replaceFolder(`/mail/${mailboxId(path)}`);
}
