'use client';

import { useQueryClient } from '@tanstack/react-query';
import { CircleAlert, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { describeApiError } from '@/lib/client/api-error';
import { onOperationFailed } from '@/lib/client/mutations';
import { describeOperation } from '@/lib/client/operations';

/** Long enough to read twice; the change it reports is already undone on screen. */
const SHOW_MS = 8000;

interface Notice {
  id: number;
  text: string;
}

/**
 * A change the server refused (mark as read, star, …) has already been rolled back on
 * screen; this says so, briefly, in a live region screen readers announce.
 */
export function ChangeFailedNotice() {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(
    () =>
      onOperationFailed(queryClient, (operation, error) => {
        // A folder name only the server could refuse (its own rules): its words say which character.
        const reason = describeApiError(error, { serverWords: operation.kind === 'mailbox' });
        setNotice({ id: Date.now(), text: `Couldn't ${describeOperation(operation)}. ${reason}` });
      }),
    [queryClient],
  );

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (!notice) return null;
  return (
    <div
      role="alert"
      data-testid="change-failed"
      className="fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-start gap-2 rounded-lg border border-danger-line bg-danger-soft px-3 py-2 text-sm text-fg shadow-lg"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-danger" />
      <p>{notice.text}</p>
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => setNotice(null)}
        className="-mr-1 rounded p-0.5 text-muted hover:bg-hover focus-ring-inset"
      >
        <X aria-hidden="true" className="size-4" />
      </button>
    </div>
  );
}
