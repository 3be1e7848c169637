'use client';

import { Tag } from 'lucide-react';
import { cloneElement, type ReactElement, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useSettings } from '@/lib/client/use-settings';
import { DEFAULT_SETTINGS } from '@/lib/schemas/values';
import { labelsOf } from '@/lib/ui/labels';
import { NewLabelForm } from './new-label-form';
import { type LabelSelection, useLabelSelection } from './use-label-selection';

interface LabelMenuProps extends LabelSelection {
  /** A button element to open the menu with, instead of the label button; it is given `popoverTarget`. */
  trigger?: ReactElement<{ popoverTarget?: string }>;
  /** Controlled opening (a keyboard shortcut); left out, the trigger alone opens and closes it. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

const MENU_WIDTH = 256;

/**
 * Labels for the selected messages: one checkbox per label, mixed where only some carry it,
 * and a form to create a label and apply it at once. The browser's popover gives light
 * dismiss, Escape and focus return; the menu is placed under its trigger when it opens.
 */
export function LabelMenu({ trigger, open, onOpenChange, ...selection }: LabelMenuProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const stored = useSettings().data?.settings.labels;
  const definitions = stored ?? DEFAULT_SETTINGS.labels;
  // Only an open menu follows the cache: a closed one costs nothing per change.
  const [shown, setShown] = useState(false);
  const labelling = useLabelSelection(selection, shown);

  useEffect(() => {
    const element = menu.current;
    if (!element || open === undefined || element.matches(':popover-open') === open) return;
    if (open) element.showPopover();
    else element.hidePopover();
  }, [open]);

  const place = () => {
    const element = menu.current;
    const box = anchor.current?.getBoundingClientRect();
    if (!element) return;
    const width = Math.min(MENU_WIDTH, window.innerWidth - 24);
    const top = box && box.height > 0 ? box.bottom + 4 : 64;
    const right = box && box.width > 0 ? box.right : window.innerWidth / 2 + width / 2;
    element.style.width = `${width}px`;
    element.style.top = `${Math.min(top, window.innerHeight - 160)}px`;
    element.style.left = `${Math.max(12, Math.min(right - width, window.innerWidth - width - 12))}px`;
  };

  // Labels other clients set with no definition here are listed too, so they can be taken off.
  const strangers = labelsOf(labelling.flagSets.flat(), definitions).filter((label) => label.color === null);
  const rows = [...definitions, ...strangers];

  return (
    <>
      <span ref={anchor} className="inline-flex">
        {trigger ? (
          cloneElement(trigger, { popoverTarget: id })
        ) : (
          <Button
            variant="ghost"
            size="icon"
            popoverTarget={id}
            aria-label="Labels"
            title="Labels (l)"
            data-testid="label-button"
          >
            <Tag aria-hidden="true" className="size-4.5" />
          </Button>
        )}
      </span>
      <div
        ref={menu}
        id={id}
        popover="auto"
        role="dialog"
        aria-label="Labels"
        data-testid="label-menu"
        onBeforeToggle={(event) => {
          if (event.newState === 'open') place();
        }}
        onToggle={(event) => {
          const opened = event.newState === 'open';
          setShown(opened);
          if (opened) menu.current?.querySelector('input')?.focus();
          else labelling.setError(null);
          if (opened !== open) onOpenChange?.(opened);
        }}
        className="fixed m-0 max-h-[min(28rem,calc(100vh-5rem))] overflow-y-auto rounded-lg border border-line-strong bg-raised p-0 text-fg shadow-lg"
      >
        <p className="px-3 pt-2.5 pb-1 text-xs font-semibold text-muted">Label as</p>
        <ul className="pb-1">
          {rows.map((label) => {
            const state = labelling.stateOf(label.keyword);
            return (
              <li key={label.keyword}>
                <label className="flex cursor-default items-center gap-2.5 px-3 py-1.5 text-sm hover:bg-hover">
                  <input
                    type="checkbox"
                    data-testid="label-option"
                    data-keyword={label.keyword}
                    data-state={state}
                    className="size-4 accent-(--color-accent)"
                    checked={state === 'all'}
                    ref={(box) => {
                      if (box) box.indeterminate = state === 'some';
                    }}
                    onChange={() => labelling.toggle(label.keyword)}
                  />
                  <span
                    aria-hidden="true"
                    className={`size-3 shrink-0 rounded-full ${label.color ? '' : 'border border-line-strong'}`}
                    style={label.color ? { backgroundColor: label.color } : undefined}
                  />
                  <span className="min-w-0 flex-1 truncate">{label.name}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {labelling.error ? (
          <p
            role="alert"
            data-testid="label-error"
            className="mx-2 mb-2 rounded-md bg-danger-soft px-2.5 py-2 text-xs text-danger"
          >
            {labelling.error}
          </p>
        ) : null}
        <NewLabelForm labels={stored} onCreated={labelling.apply} onProblem={labelling.setError} />
      </div>
    </>
  );
}
