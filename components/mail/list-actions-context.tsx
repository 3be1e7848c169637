'use client';

import dynamic from 'next/dynamic';
import { createContext, type ReactNode, useContext } from 'react';
import { useResultsActions } from '@/components/search/use-results-actions';
import { useSelection } from './selection-context';
import { type ListActions, useListActions } from './use-list-actions';

type ProviderInput = Omit<Parameters<typeof useListActions>[0], 'current'> & {
  /** A search across folders: `messages` are every result, acted on folder by folder (use-results-actions.ts). */
  acrossFolders?: boolean;
};

const ListActionsContext = createContext<ListActions | null>(null);

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
  const actions = input.acrossFolders ? across : inFolder;
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

export function useListActionsContext(): ListActions {
  const actions = useContext(ListActionsContext);
  if (!actions) throw new Error('useListActionsContext outside ListActionsProvider');
  return actions;
}
