'use client';

import { useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { api } from '@/lib/client/api';
import { ApiError } from '@/lib/client/api-error';
import { browserStorage } from '@/lib/client/browser-storage';
import { forgetRecentSearches } from '@/lib/ui/recent-searches';

interface SignOutButtonProps {
  label?: string;
  /** On phones the label is for screen readers only and the button shows its icon. */
  compact?: boolean;
  variant?: 'ghost' | 'secondary';
}

export function SignOutButton({ label = 'Sign out', compact = false, variant = 'ghost' }: SignOutButtonProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function signOut() {
    setFailed(false);
    startTransition(async () => {
      try {
        await api.signOut();
      } catch (error) {
        // Already signed out is the outcome we wanted; anything else leaves the cookie, so say so and stay.
        if (!(error instanceof ApiError && error.code === 'AUTH_REQUIRED')) {
          setFailed(true);
          return;
        }
      }
      queryClient.clear();
      forgetRecentSearches(browserStorage());
      router.replace('/login');
      router.refresh();
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      {failed ? (
        <span role="alert" className="text-xs text-danger">
          Couldn't sign out. Try again.
        </span>
      ) : null}
      <Button data-testid="sign-out" variant={variant} size="sm" onClick={signOut} disabled={pending}>
        {pending ? <Spinner /> : <LogOut aria-hidden="true" className="size-4" />}
        <span className={compact ? 'max-sm:sr-only' : ''}>{label}</span>
      </Button>
    </span>
  );
}
