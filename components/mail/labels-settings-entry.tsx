'use client';

import { Tags } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSettings } from '@/lib/client/use-settings';

// Loaded when first opened: the editor is not part of reading mail.
const LabelsDialog = dynamic(() => import('./labels-dialog').then((module) => module.LabelsDialog), { ssr: false });

/** "Labels…" in the settings menu, which opens the labels editor. */
export function LabelsSettingsEntry() {
  const { data } = useSettings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="mt-3 w-full"
        data-testid="labels-settings"
        // Until the settings have loaded, a change would be saved over labels not yet seen.
        disabled={!data}
        onClick={() => setOpen(true)}
      >
        <Tags aria-hidden="true" className="size-4" />
        Labels…
      </Button>
      {open ? <LabelsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
