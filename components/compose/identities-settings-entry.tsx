'use client';

import { UserPen } from 'lucide-react';
import dynamic from 'next/dynamic';
import { SettingsDialogEntry } from '@/components/mail/settings-dialog-entry';

// Loaded when first opened: the editor is not part of reading mail.
const IdentitiesDialog = dynamic(() => import('./identities-dialog').then((module) => module.IdentitiesDialog), {
  ssr: false,
});

/** "Identities and signature…" in the settings menu. */
export function IdentitiesSettingsEntry({ address }: { address: string }) {
  return (
    <SettingsDialogEntry
      icon={UserPen}
      label="Identities and signature…"
      testId="identities-settings"
      dialog={(close) => <IdentitiesDialog address={address} onClose={close} />}
    />
  );
}
