'use client';

import dynamic from 'next/dynamic';
import { createContext, type ReactNode, useContext, useState } from 'react';
import type { Mailbox } from '@/lib/schemas/mailboxes';

// The dialogs load when one is first opened: reading mail never needs them.
const FolderNameDialog = dynamic(() => import('./folder-name-dialog').then((module) => module.FolderNameDialog), { ssr: false });
const SharingDialog = dynamic(() => import('./sharing-dialog').then((module) => module.SharingDialog), { ssr: false });
const OpenSharedDialog = dynamic(() => import('./open-shared-dialog').then((module) => module.OpenSharedDialog), {
  ssr: false,
});
const DeleteFolderDialog = dynamic(() => import('./delete-folder-dialog').then((module) => module.DeleteFolderDialog), {
  ssr: false,
});

/** The folder dialog that is open: a new folder (under `parent`, or at the top), a rename, a delete, its sharing, another user's folder by name. */
export type FolderAction =
  | { kind: 'create'; parent: Mailbox | null }
  | { kind: 'rename'; mailbox: Mailbox }
  | { kind: 'delete'; mailbox: Mailbox }
  | { kind: 'share'; mailbox: Mailbox }
  | { kind: 'open-shared' };

const OpenFolderAction = createContext<(action: FolderAction) => void>(() => {});

/** Opens a folder dialog from anywhere in the folder column (a row's menu, the pane's header). */
export function useOpenFolderAction() {
  return useContext(OpenFolderAction);
}

/** Holds the one folder dialog of the column, so a row's menu can close while its dialog stays. */
export function FolderActions({ children }: { children: ReactNode }) {
  const [action, setAction] = useState<FolderAction | null>(null);
  const close = () => setAction(null);
  return (
    <OpenFolderAction.Provider value={setAction}>
      {children}
      {action?.kind === 'create' ? <FolderNameDialog parent={action.parent} onClose={close} /> : null}
      {action?.kind === 'rename' ? <FolderNameDialog renaming={action.mailbox} parent={null} onClose={close} /> : null}
      {action?.kind === 'delete' ? <DeleteFolderDialog mailbox={action.mailbox} onClose={close} /> : null}
      {action?.kind === 'share' ? <SharingDialog mailbox={action.mailbox} onClose={close} /> : null}
      {action?.kind === 'open-shared' ? <OpenSharedDialog onClose={close} /> : null}
    </OpenFolderAction.Provider>
  );
}
