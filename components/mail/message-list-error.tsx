'use client';

import { CircleAlert, RefreshCw } from 'lucide-react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { ApiError, type ErrorCode } from '@/lib/http/error-codes';
import { explainError, needsSignIn } from '@/lib/ui/explain-error';

interface MessageListErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** The first page of a folder failed: what happened, and the one thing that can help. */
export function MessageListError({ error, retrying, onRetry }: MessageListErrorProps) {
  const code: ErrorCode = error instanceof ApiError ? error.code : 'INTERNAL';
  return (
    <div
      data-testid="message-list-error"
      data-code={code}
      role="alert"
      className="m-3 rounded-lg border border-danger-line bg-danger-soft p-3 text-sm"
    >
      <p className="flex items-center gap-2 font-medium text-danger">
        <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
        Couldn't load the messages
      </p>
      <p className="mt-1 text-fg">{explainError(code)}</p>
      <div className="mt-3">
        {needsSignIn(code) ? (
          <SignOutButton label="Sign in again" variant="secondary" />
        ) : (
          <Button size="sm" onClick={onRetry} disabled={retrying}>
            {retrying ? <Spinner /> : <RefreshCw aria-hidden="true" className="size-4" />}
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )}
      </div>
    </div>
  );
}
