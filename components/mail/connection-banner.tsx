'use client';

import { UserRoundX, WifiOff } from 'lucide-react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { LiveState } from '@/lib/client/live-connection';

const PILL =
  'pointer-events-auto flex items-center gap-2 rounded-full border border-line-strong bg-raised px-3 py-1.5 text-sm text-fg shadow-md';

/**
 * Says that the mailbox is not live: the stream has been down for a while (a quick reconnect
 * shows nothing), or the session ended. It floats in the bottom-left corner (over the folder
 * column, which ends above it), on a phone above the bottom toasts (undo, a failed change),
 * so the list under it never moves and no heading is hidden. The status region is always there: a screen reader announces what
 * appears in it, which a region added with its text would not be.
 */
export function ConnectionBanner({ state }: { state: LiveState }) {
  return (
    <div
      role="status"
      data-testid="connection-status"
      data-state={state}
      className="pointer-events-none fixed inset-x-0 bottom-16 z-40 flex justify-center px-4 sm:bottom-4 sm:justify-start"
    >
      {state === 'offline' ? (
        <p data-testid="connection-banner" className={PILL}>
          <WifiOff aria-hidden="true" className="size-4 shrink-0 text-muted" />
          Offline — reconnecting…
        </p>
      ) : state === 'signed-out' ? (
        <div data-testid="connection-banner" className={`${PILL} py-1 pr-1`}>
          <UserRoundX aria-hidden="true" className="size-4 shrink-0 text-muted" />
          <span>Your session has ended.</span>
          <SignOutButton label="Sign in again" variant="secondary" />
        </div>
      ) : null}
    </div>
  );
}
