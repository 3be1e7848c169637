'use client';

import dynamic from 'next/dynamic';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useResultsActions } from '@/components/search/use-results-actions';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { type FolderPermissions, permissionsOf } from '@/lib/ui/folder-permissions';
import { useSelection } from './selection-context';
import { type ListActions, useListActions } from './use-list-actions';

type ProviderInput = Omit<Parameters<typeof useListActions>[0], 'current'> & {
  /** A search across folders: `messages` are every result, acted on folder by folder (use-results-actions.ts). */
  acrossFolders?: boolean;
};

/** The actions, each a no-op where the user's rights in the folder refuse it, and those permissions for the controls. */
export type FolderActions = ListActions & { permissions: FolderPermissions };

const ListActionsContext = createContext<FolderActions | null>(null);

// Loaded when first asked for: only a delete inside Trash needs it.
const DeleteForeverDialog = dynamic(() => import('./delete-forever-dialog').then((module) => module.DeleteForeverDialog), {
  ssr: false,
});

/**
 * The folder's message actions, computed once for the list, its toolbar, the menus and the
 * reading pane's bar. With nothing ticked they act on the open message, else the keyboard position.
 */
export function ListActionsProvider({ input, children }: { input: ProviderInput; children: ReactNode }) {
  const { cursorId } = useSelection();
  const currentId = input.openId ?? cursorId;
  const current = currentId === null ? undefined : input.messages.find((message) => message.id === currentId);
  const inFolder = useListActions({ ...input, current });
  // Both hooks run on every render (hook order), the scope switch changing which one is used.
  const across = useResultsActions({ ...input, current });
  const { data } = useMailboxes();
  // Across folders each folder's server judges for itself (a refusal is a 403 per folder).
  const rights = input.acrossFolders ? undefined : data?.mailboxes.find((mailbox) => mailbox.id === input.mailboxId)?.myRights;
  const actions = useMemo(
    () => guarded(input.acrossFolders ? across : inFolder, permissionsOf(rights)),
    [input.acrossFolders, across, inFolder, rights],
  );
  return (
    <ListActionsContext.Provider value={actions}>
      {children}
      {actions.pendingDeleteForever ? (
        <DeleteForeverDialog
          target={actions.pendingDeleteForever}
          onConfirm={actions.confirmDeleteForever}
          onCancel={actions.cancelDeleteForever}
        />
      ) : null}
    </ListActionsContext.Provider>
  );
}

/**
 * Shortcuts reach the actions without a button: what the rights refuse does nothing, as the
 * disabled button does, instead of an optimistic change the server then rolls back.
 */
function guarded(actions: ListActions, permissions: FolderPermissions): FolderActions {
  const { remove, seen, keywords } = permissions;
  const none = () => undefined;
  return {
    ...actions,
    permissions,
    archive: remove ? actions.archive : none,
    delete: remove ? actions.delete : none,
    junk: remove ? actions.junk : none,
    moveTo: remove ? actions.moveTo : none,
    markRead: seen ? actions.markRead : none,
    toggleStar: keywords ? actions.toggleStar : none,
    star: keywords ? actions.star : none,
  };
}

export function useListActionsContext(): FolderActions {
  const actions = useContext(ListActionsContext);
  if (!actions) throw new Error('useListActionsContext outside ListActionsProvider');
  return actions;
}
