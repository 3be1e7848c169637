import { Forward, X } from 'lucide-react';
import { formatSize } from '@/lib/ui/format-size';

export interface ForwardedPart {
  part: string;
  filename: string;
  /** Decoded size where known, else the encoded one. */
  size: number;
}

/** The original's attachments a forward carries along (streamed from the mail server when sent), each removable. */
export function ForwardedAttachments({
  parts,
  kept,
  onRemove,
}: {
  parts: readonly ForwardedPart[];
  kept: readonly string[];
  onRemove: (part: string) => void;
}) {
  const shown = parts.filter((part) => kept.includes(part.part));
  if (shown.length === 0) return null;
  return (
    <ul aria-label="Forwarded attachments" data-testid="forwarded-attachments" className="mt-3 flex flex-col gap-1.5">
      {shown.map((part) => (
        <li
          key={part.part}
          data-testid="forwarded-attachment"
          className="flex items-center gap-2 rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm"
        >
          <Forward aria-hidden="true" className="size-4 shrink-0 text-muted" />
          <span className="truncate text-fg" title={part.filename}>
            {part.filename}
          </span>
          <span className="shrink-0 text-xs text-muted">{formatSize(part.size)}</span>
          <button
            type="button"
            aria-label={`Remove ${part.filename}`}
            onClick={() => onRemove(part.part)}
            className="ml-auto grid size-7 shrink-0 place-items-center rounded-full text-muted hover:bg-hover hover:text-fg"
          >
            <X aria-hidden="true" className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}
