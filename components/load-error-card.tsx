'use client';

import { CircleAlert, RefreshCw } from 'lucide-react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorCodeOf } from '@/lib/client/api-error';
import { describeError, needsSignIn } from '@/lib/ui/describe-error';

interface LoadErrorCardProps {
  /** What could not be loaded, as a heading: "Couldn't load your folders". */
  title: string;
  testId: string;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** A failed load: what happened (by error code), and the one thing that can help: retry, or sign in again. */
export function LoadErrorCard({ title, testId, error, retrying, onRetry }: LoadErrorCardProps) {
  const code = errorCodeOf(error);
  return (
    <div
      data-testid={testId}
      data-code={code}
      role="alert"
      className="m-2 rounded-lg border border-danger-line bg-danger-soft p-3 text-sm"
    >
      <p className="flex items-center gap-2 font-medium text-danger">
        <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
        {title}
      </p>
      <p className="mt-1 text-fg">{describeError(code, 'load')}</p>
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
