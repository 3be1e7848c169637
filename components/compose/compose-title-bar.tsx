import { X } from 'lucide-react';
import type { SaveStatus } from './use-draft-autosave';

const STATUS: Record<SaveStatus['state'], string> = { idle: '', saving: 'Saving…', saved: 'Draft saved', failed: '' };

/** The compose view's title, whether the draft is saved, and Close (which saves it first). */
export function ComposeTitleBar({
  title,
  titleId,
  status,
  onClose,
}: {
  title: string;
  titleId: string;
  status: SaveStatus;
  onClose: () => void;
}) {
  return (
    <div className="flex h-11 shrink-0 items-center gap-2 border-b border-line px-3">
      <h2 id={titleId} className="truncate text-sm font-semibold">
        {title}
      </h2>
      <p
        role="status"
        data-testid="compose-save-status"
        data-state={status.state}
        className="ml-auto truncate text-xs text-muted"
      >
        {status.state === 'failed' ? <span className="text-danger">Not saved: {status.error}</span> : STATUS[status.state]}
      </p>
      <button
        type="button"
        aria-label="Save and close"
        title="Save and close"
        data-testid="compose-close"
        onClick={onClose}
        className="rounded p-1.5 text-muted hover:bg-hover hover:text-fg focus-visible:outline-2 focus-visible:outline-accent"
      >
        <X aria-hidden="true" className="size-4" />
      </button>
    </div>
  );
}
