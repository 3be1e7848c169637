'use client';

import { selectAll } from '@/lib/ui/selection';
import { useSelection } from './selection-context';

/** Ticks every message of the folder, loaded or not (sent as one UID set, never a list of every UID). */
export function SelectAllCheckbox() {
  const { setSelection } = useSelection();
  return (
    <input
      type="checkbox"
      data-testid="select-all-checkbox"
      checked={false}
      onChange={() => setSelection(selectAll)}
      aria-label="Select all messages in this folder"
      title="Select all (* then a)"
      className="size-4 shrink-0 accent-accent"
    />
  );
}
