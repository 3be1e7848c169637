import { Forward, X } from 'lucide-react';
import type { ComposeFields } from '@/lib/compose/compose-prefill';
import { formatSize } from '@/lib/ui/format-size';

export interface ForwardedPart {
  part: string;
  filename: string;
  /** Decoded size where known, else the encoded one. */
  size: number;
}

/** The entry that stands for the whole original, forwarded as an attachment. */
export const WHOLE_MESSAGE = 'message';

/** What of the original the fields still carry: the whole message, or the parts kept. */
function carried(fields: ComposeFields): readonly string[] {
  return fields.forwardAs === 'attachment' ? [WHOLE_MESSAGE] : (fields.forwardParts ?? []);
}

/** The fields without `part`; without the whole message, what is left is a new message, no forward. */
function without(fields: ComposeFields, part: string): Partial<ComposeFields> {
  if (part === WHOLE_MESSAGE) return { forwardOf: undefined, forwardAs: undefined };
  return { forwardParts: fields.forwardParts?.filter((other) => other !== part) };
}

/**
 * What a forward carries along from the original, streamed from the mail server when sent:
 * its attachments (inline), or the whole message as an .eml (as attachment); each removable.
 */
export function ForwardedAttachments({
  parts,
  fields,
  onEdit,
}: {
  parts: readonly ForwardedPart[];
  fields: ComposeFields;
  onEdit: (patch: Partial<ComposeFields>) => void;
}) {
  const kept = carried(fields);
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
            onClick={() => onEdit(without(fields, part.part))}
            className="ml-auto grid size-7 shrink-0 place-items-center rounded-full text-muted hover:bg-hover hover:text-fg"
          >
            <X aria-hidden="true" className="size-3.5" />
          </button>
        </li>
      ))}
    </ul>
  );
}
