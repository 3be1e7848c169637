'use client';

import { ImageOff } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Says how much remote content was blocked (it can track the reader) and offers to load it. */
export function RemoteContentBanner({ blocked, onAllow }: { blocked: number; onAllow: () => void }) {
  return (
    <div
      data-testid="remote-content-banner"
      className="flex flex-wrap items-center gap-3 border-b border-line bg-canvas px-5 py-2 text-sm text-muted"
    >
      <ImageOff aria-hidden="true" className="size-4" />
      <span>
        {blocked === 1 ? '1 remote image was blocked' : `${blocked} remote images were blocked`} to protect your privacy.
      </span>
      <Button size="sm" variant="secondary" onClick={onAllow}>
        Show remote content
      </Button>
    </div>
  );
}
