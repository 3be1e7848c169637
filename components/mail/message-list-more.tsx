import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { ROW_HEIGHT } from './message-list-row';

interface MessageListMoreProps {
  start: number;
  failed: boolean;
  onRetry: () => void;
}

/** The row after the last loaded one: a placeholder while the next page loads, or a retry when it failed. */
export function MessageListMore({ start, failed, onRetry }: MessageListMoreProps) {
  return (
    <div
      role="presentation"
      data-testid={failed ? 'message-list-more-error' : 'message-list-more'}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      className="absolute inset-x-0 top-0 flex items-center gap-3 border-b border-line pr-4 pl-[1.375rem]"
    >
      {failed ? (
        <>
          <p role="alert" className="min-w-0 flex-1 truncate text-sm text-muted">
            Couldn't load more messages.
          </p>
          <Button size="sm" variant="secondary" onClick={onRetry}>
            <RefreshCw aria-hidden="true" className="size-4" />
            Retry
          </Button>
        </>
      ) : (
        <div aria-busy="true" className="flex-1 space-y-2">
          <span className="sr-only">Loading more messages…</span>
          <Skeleton className="h-3 w-32" />
          <Skeleton className="h-3 w-56" />
        </div>
      )}
    </div>
  );
}
