'use client';

import { X } from 'lucide-react';
import type { AclEntry, SharingPreset } from '@/lib/schemas/sharing';
import { SHARING_PRESETS } from '@/lib/schemas/values';
import { withPreset } from '@/lib/sharing/rights';
import { PRESET_LABELS } from '@/lib/ui/sharing-labels';

interface SharingEntryRowProps {
  entry: AclEntry;
  isSelf: boolean;
  busy: boolean;
  onChange: (rights: string | null) => void;
}

/** One person's access: their preset (or the raw letters of a custom mix), changeable, removable; one's own is read-only. */
export function SharingEntryRow({ entry, isSelf, busy, onChange }: SharingEntryRowProps) {
  return (
    <li data-testid="sharing-entry" data-identifier={entry.identifier} className="flex items-center gap-2 py-1.5">
      <span className="min-w-0 flex-1 truncate text-sm text-fg" title={entry.identifier}>
        {entry.identifier}
        {isSelf ? <span className="ml-1.5 text-xs text-muted">(you)</span> : null}
      </span>
      {isSelf ? (
        <span className="text-xs text-muted">{entry.preset ? PRESET_LABELS[entry.preset] : entry.rights}</span>
      ) : (
        <>
          <select
            aria-label={`Access for ${entry.identifier}`}
            data-testid="sharing-entry-preset"
            disabled={busy}
            value={entry.preset ?? 'custom'}
            onChange={(event) => onChange(withPreset(entry.rights, event.target.value as SharingPreset))}
            className="h-8 max-w-44 rounded-md border border-line-strong bg-raised px-2 text-xs text-fg"
          >
            {entry.preset ? null : <option value="custom">Custom ({entry.rights})</option>}
            {SHARING_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {PRESET_LABELS[preset]}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-label={`Stop sharing with ${entry.identifier}`}
            data-testid="sharing-entry-remove"
            disabled={busy}
            onClick={() => onChange(null)}
            className="flex size-8 items-center justify-center rounded text-muted hover:bg-hover hover:text-fg disabled:opacity-60"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        </>
      )}
    </li>
  );
}
