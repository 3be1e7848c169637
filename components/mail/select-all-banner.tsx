'use client';

import { formatCount } from '@/lib/ui/format-counts';
import { selectAll, selectedCount } from '@/lib/ui/selection';
import { useSelection } from './selection-context';

/**
 * Below the bulk toolbar, as in Gmail: the step from the ticked rows to the whole folder
 * (sent as one UID set), and the word that the whole folder is what is selected.
 */
export function SelectAllBanner({ total, folder }: { total: number; folder: string }) {
  const { selection, setSelection } = useSelection();
  const count = selectedCount(selection, total);
  if (!selection.all && (count === 0 || count >= total)) return null;
  return (
    <p className="shrink-0 border-b border-line bg-canvas px-4 py-1.5 text-center text-xs text-muted">
      {selection.all ? (
        <>
          All {formatCount(total)} messages in {folder} are selected.
        </>
      ) : (
        <button
          type="button"
          data-testid="select-all"
          onClick={() => setSelection(selectAll)}
          className="rounded px-1 font-medium text-accent-ink hover:underline focus-ring-inset"
        >
          Select all {formatCount(total)} messages in {folder}
        </button>
      )}
    </p>
  );
}
