'use client';

import type { LucideIcon } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSettings } from '@/lib/client/use-settings';

/**
 * A button of the settings menu that opens an editor dialog ("Labels…"). Disabled until the
 * settings have loaded: a change saved before would replace values not yet seen.
 */
export function SettingsDialogEntry({
  icon: Icon,
  label,
  testId,
  dialog,
}: {
  icon: LucideIcon;
  label: string;
  testId: string;
  /** The dialog, mounted open; it calls `close` to unmount itself. */
  dialog: (close: () => void) => ReactNode;
}) {
  const { data } = useSettings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="mt-2 w-full"
        data-testid={testId}
        disabled={!data}
        onClick={() => setOpen(true)}
      >
        <Icon aria-hidden="true" className="size-4" />
        {label}
      </Button>
      {open ? dialog(() => setOpen(false)) : null}
    </>
  );
}
