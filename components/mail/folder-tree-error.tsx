'use client';

import { CircleAlert, RefreshCw } from 'lucide-react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { ApiError, type ErrorCode } from '@/lib/http/error-codes';

function explain(code: ErrorCode): string {
  switch (code) {
    case 'IMAP_UNAVAILABLE':
    case 'IMAP_BUSY':
      return "The mail server can't be reached right now.";
    case 'RATE_LIMITED':
      return 'Too many requests in a short time. Wait a moment.';
    case 'AUTH_REQUIRED':
      return 'Your session has ended.';
    case 'AUTH_FAILED':
      return 'The mail server no longer accepts your password.';
    default:
      return 'Something went wrong on our side.';
  }
}

interface FolderTreeErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

export function FolderTreeError({ error, retrying, onRetry }: FolderTreeErrorProps) {
  const code: ErrorCode = error instanceof ApiError ? error.code : 'INTERNAL';
  // Retrying cannot fix a session the server no longer accepts; signing in again can.
  const needsSignIn = code === 'AUTH_REQUIRED' || code === 'AUTH_FAILED';
  return (
    <div
      data-testid="mailbox-error"
      data-code={code}
      role="alert"
      className="m-2 rounded-lg border border-danger-line bg-danger-soft p-3 text-sm"
    >
      <p className="flex items-center gap-2 font-medium text-danger">
        <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
        Couldn't load your folders
      </p>
      <p className="mt-1 text-fg">{explain(code)}</p>
      <div className="mt-3">
        {needsSignIn ? (
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
