'use client';

import { ArrowLeft } from 'lucide-react';
import { showList } from '@/lib/client/navigation';

/** Phones and narrow windows, where the message covers the list: the way back to it (as Escape and the browser's Back). */
export function BackToList({ href, label }: { href: string; label: string }) {
  return (
    <div className="sticky top-0 z-10 flex h-14 shrink-0 items-center border-b border-line bg-surface px-2 lg:hidden">
      <a
        href={href}
        data-testid="back-to-list"
        onClick={(event) => {
          event.preventDefault();
          showList(href);
        }}
        className="inline-flex h-9 min-w-0 items-center gap-2 rounded-md px-2 text-sm font-medium text-fg hover:bg-hover"
      >
        <ArrowLeft aria-hidden="true" className="size-5 shrink-0" />
        <span className="truncate">
          <span className="sr-only">Back to </span>
          {label}
        </span>
      </a>
    </div>
  );
}
