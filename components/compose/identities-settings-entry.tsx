'use client';

import { UserPen } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSettings } from '@/lib/client/use-settings';

// Loaded when first opened: the editor is not part of reading mail.
const IdentitiesDialog = dynamic(() => import('./identities-dialog').then((module) => module.IdentitiesDialog), {
  ssr: false,
});

/** "Identities and signature…" in the settings menu. */
export function IdentitiesSettingsEntry({ address }: { address: string }) {
  const { data } = useSettings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="mt-2 w-full"
        data-testid="identities-settings"
        // Until the settings have loaded, a save would replace identities not yet seen.
        disabled={!data}
        onClick={() => setOpen(true)}
      >
        <UserPen aria-hidden="true" className="size-4" />
        Identities and signature…
      </Button>
      {open ? <IdentitiesDialog address={address} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
