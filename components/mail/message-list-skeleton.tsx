import { Skeleton } from '@/components/ui/skeleton';
import { ROW_HEIGHT } from './message-list-row';

// Varied widths read as senders and subjects rather than a grid of identical bars.
const ROWS = [
  ['w-28', 'w-56'],
  ['w-36', 'w-44'],
  ['w-24', 'w-64'],
  ['w-32', 'w-52'],
  ['w-20', 'w-48'],
  ['w-36', 'w-60'],
  ['w-28', 'w-40'],
  ['w-24', 'w-56'],
  ['w-32', 'w-48'],
  ['w-20', 'w-52'],
];

/** The first page of a folder not seen before: rows of the real row's height, so nothing jumps when it arrives. */
export function MessageListSkeleton() {
  return (
    <div data-testid="message-list-loading" role="status" aria-live="polite" className="min-h-0 flex-1 overflow-hidden">
      <span className="sr-only">Loading messages…</span>
      {ROWS.map(([sender, subject], index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of placeholders that never reorders
          key={index}
          style={{ height: ROW_HEIGHT }}
          className="flex flex-col justify-center gap-2 border-b border-line pr-4 pl-[1.375rem]"
        >
          <div className="flex items-center justify-between gap-4">
            <Skeleton className={`h-3 ${sender}`} />
            <Skeleton className="h-2.5 w-9" />
          </div>
          <Skeleton className={`h-3 ${subject}`} />
        </div>
      ))}
    </div>
  );
}
