'use client';

import { PenLine } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { openCompose } from '@/lib/client/compose-store';
import { shortcutHint } from '@/lib/ui/shortcuts';

/** Write a new message: the one primary action of the top bar, with its text on wider screens. */
export function ComposeButton() {
  return (
    <Button
      variant="primary"
      size="md"
      data-testid="compose-button"
      aria-label="Compose"
      title={`Compose (${shortcutHint('compose')})`}
      onClick={() => openCompose({ kind: 'new' })}
      className="max-sm:size-9 max-sm:px-0"
    >
      <PenLine aria-hidden="true" className="size-4" />
      <span className="max-sm:sr-only">Compose</span>
    </Button>
  );
}
