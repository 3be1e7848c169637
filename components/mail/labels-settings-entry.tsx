'use client';

import { Tags } from 'lucide-react';
import dynamic from 'next/dynamic';
import { SettingsDialogEntry } from './settings-dialog-entry';

// Loaded when first opened: the editor is not part of reading mail.
const LabelsDialog = dynamic(() => import('./labels-dialog').then((module) => module.LabelsDialog), { ssr: false });

/** "Labels…" in the settings menu, which opens the labels editor. */
export function LabelsSettingsEntry() {
  return (
    <SettingsDialogEntry
      icon={Tags}
      label="Labels…"
      testId="labels-settings"
      dialog={(close) => <LabelsDialog onClose={close} />}
    />
  );
}
