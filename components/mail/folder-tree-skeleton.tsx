import { Skeleton } from '@/components/ui/skeleton';

// Varied widths read as folder names rather than a grid of identical bars.
const WIDTHS = ['w-16', 'w-14', 'w-12', 'w-20', 'w-14', 'w-16', 'w-24', 'w-20'];

export function FolderTreeSkeleton() {
  return (
    <div data-testid="mailbox-loading" role="status" aria-live="polite" className="space-y-px px-2 py-3">
      <span className="sr-only">Loading folders…</span>
      {WIDTHS.map((width, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of placeholders that never reorders
        <div key={index} className="flex h-10 items-center md:h-8 gap-2.5 px-2.5">
          <Skeleton className="size-4" />
          <Skeleton className={`h-3 ${width}`} />
        </div>
      ))}
    </div>
  );
}
