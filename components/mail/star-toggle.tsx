'use client';

import { Star } from 'lucide-react';
import { shortcutHint } from '@/lib/ui/shortcuts';

interface StarToggleProps {
  starred: boolean;
  onToggle: () => void;
  /** Rows keep one tab stop for the whole list (s stars from the keyboard); the reading pane's is tabbable. */
  inList?: boolean;
  className?: string;
  /** Why the star cannot change here (a shared folder without the `w` right). */
  refused?: string | false;
}

/** The star (IMAP \Flagged, RFC 3501 §2.3.2): a toggle button that says whether it is on. */
export function StarToggle({ starred, onToggle, inList = false, className = '', refused }: StarToggleProps) {
  return (
    <button
      type="button"
      data-testid="star-toggle"
      aria-pressed={starred}
      aria-label={starred ? 'Starred' : 'Star'}
      title={refused ? `${starred ? 'Starred' : 'Star'}: ${refused}` : `${starred ? 'Unstar' : 'Star'} (${shortcutHint('star')})`}
      disabled={refused ? true : undefined}
      tabIndex={inList ? -1 : undefined}
      onClick={(event) => {
        // In a row, the click stars; it does not also open the message.
        event.stopPropagation();
        onToggle();
      }}
      className={`grid shrink-0 place-items-center rounded focus-ring-inset ${
        starred ? 'text-amber-600 dark:text-amber-400' : 'text-muted/70 hover:text-fg'
      } disabled:cursor-not-allowed disabled:opacity-50 ${className}`}
    >
      <Star aria-hidden="true" className={`size-4 ${starred ? 'fill-current' : ''}`} />
    </button>
  );
}
