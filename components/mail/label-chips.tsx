'use client';

import { useSettings } from '@/lib/client/use-settings';
import { DEFAULT_SETTINGS } from '@/lib/schemas/values';
import { chipTextColor, isLabelKeyword, labelsOf } from '@/lib/ui/labels';

interface LabelChipsProps {
  flags: readonly string[];
  /** At most this many chips, then "+n" (a list row has room for a few). */
  max?: number;
  className?: string;
}

/**
 * The labels a message carries, as coloured chips. A keyword no label defines (set by
 * another client) shows by its keyword on a neutral chip; the text colour on a coloured chip
 * is whichever of black and white contrasts more with it.
 */
export function LabelChips(props: LabelChipsProps) {
  // Most rows carry no keyword: they render nothing and never subscribe to the settings query,
  // which would otherwise add one observer per row to every list mount.
  return props.flags.some(isLabelKeyword) ? <CarriedLabelChips {...props} /> : null;
}

function CarriedLabelChips({ flags, max = Number.POSITIVE_INFINITY, className = '' }: LabelChipsProps) {
  const definitions = useSettings().data?.settings.labels ?? DEFAULT_SETTINGS.labels;
  const labels = labelsOf(flags, definitions);
  if (labels.length === 0) return null;
  const shown = labels.slice(0, max);
  const hidden = labels.length - shown.length;
  return (
    <ul
      aria-label="Labels"
      data-testid="label-chips"
      className={`flex min-w-0 shrink items-center gap-1 overflow-hidden ${className}`}
    >
      {shown.map((label) => (
        <li
          key={label.keyword}
          data-testid="label-chip"
          data-keyword={label.keyword}
          title={label.color ? label.name : `${label.keyword} (no label of yours has this keyword)`}
          style={label.color ? { backgroundColor: label.color, color: chipTextColor(label.color) } : undefined}
          className={`max-w-28 shrink-0 truncate rounded px-1.5 text-[0.6875rem] leading-4 font-medium ${
            label.color ? '' : 'border border-line-strong text-muted'
          }`}
        >
          {label.name}
        </li>
      ))}
      {hidden > 0 ? (
        <li
          title={labels
            .slice(max)
            .map((label) => label.name)
            .join(', ')}
          className="shrink-0 text-[0.6875rem] leading-4 text-muted"
        >
          +{hidden}
        </li>
      ) : null}
    </ul>
  );
}
