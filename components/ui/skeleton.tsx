/** A placeholder bar for content that is loading; hidden from screen readers, which hear the busy region instead. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <span aria-hidden="true" className={`block rounded bg-skeleton motion-safe:animate-pulse ${className}`} />;
}
