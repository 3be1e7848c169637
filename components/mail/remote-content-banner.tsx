'use client';

import { ImageOff } from 'lucide-react';
import { Button } from '@/components/ui/button';

interface RemoteContentBannerProps {
  blocked: number;
  /** The sender's address, for "always"; null when the message names none. */
  sender: string | null;
  onAllow: () => void;
  onAlwaysAllow: (sender: string) => void;
}

/** Says how much remote content was blocked (it can track the reader) and offers to load it, once or always. */
export function RemoteContentBanner({ blocked, sender, onAllow, onAlwaysAllow }: RemoteContentBannerProps) {
  return (
    <div
      data-testid="remote-content-banner"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-line bg-canvas px-5 py-2 text-sm text-muted"
    >
      <ImageOff aria-hidden="true" className="size-4" />
      <span data-testid="remote-content-count">
        {blocked === 1 ? '1 remote image blocked' : `${blocked} remote images blocked`} to protect your privacy.
      </span>
      <Button data-testid="remote-content-allow" size="sm" variant="secondary" onClick={onAllow}>
        Show remote content
      </Button>
      {sender ? (
        <Button data-testid="remote-content-always" size="sm" variant="ghost" onClick={() => onAlwaysAllow(sender)}>
          Always from <span className="max-w-56 truncate">{sender}</span>
        </Button>
      ) : null}
    </div>
  );
}
