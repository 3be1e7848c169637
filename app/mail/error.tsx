'use client';

import { RefreshCw, TriangleAlert } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** A page under /mail failed to render; the shell above stays, so the folders remain usable. */
export default function MailError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="flex h-full flex-col bg-surface">
      <EmptyState
        icon={TriangleAlert}
        title="This view couldn't be shown"
        testId="mail-error"
        action={
          <Button onClick={() => retry()}>
            <RefreshCw aria-hidden="true" className="size-4" />
            Try again
          </Button>
        }
      >
        Something went wrong on our side. Trying again usually helps.
      </EmptyState>
    </div>
  );
}
