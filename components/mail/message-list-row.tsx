import { Paperclip, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import type { PresentUser } from '@/lib/client/presence-cache';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { formatFullDate, formatListDate } from '@/lib/ui/format-list-date';
import { hoverIntent } from '@/lib/ui/hover-intent';
import { correspondents, isFlagged, isUnread } from '@/lib/ui/message-summary';
import { LabelChips } from './label-chips';
import { PresenceBadge } from './presence-badge';
import { useReaderTimeZone } from './reader-time-zone';
import { type RowHandlers, startRowDrag } from './row-handlers';
import { StarToggle } from './star-toggle';
import { TeamStateChip } from './team-state-chip';

/** Fixed, so the virtualizer never measures a row: scrolling a long folder causes no layout reads. */
export const ROW_HEIGHT = 56;

export function messageRowId(messageId: string): string {
  // The opaque id, not the UID: a search across folders lists UIDs of several folders at once.
  return `message-row-${messageId}`;
}

interface MessageListRowProps {
  message: MessageSummary;
  index: number;
  setSize: number;
  /** Offset from the top of the list, from the virtualizer. */
  start: number;
  selected: boolean;
  /** The keyboard position when no message is open (after Escape, or on phones before Enter). */
  active: boolean;
  showRecipients: boolean;
  /** The time the rows were fetched: "today" is decided against it, so every row agrees. */
  now: number;
  /** Ticked for a bulk action (checkbox, x, shift-click). */
  checked: boolean;
  /** Whether it can be dragged onto a folder: a drag carries one folder's UIDs, so not across folders. */
  draggable: boolean;
  /** The folder the message is in, shown when the list spans folders (a search across them). */
  folder: string | null;
  /** Teammates who have it open (a shared folder's presence). */
  present: readonly PresentUser[];
  handlers: RowHandlers;
}

/** One message: who, date, subject and preview, with unread, flagged and attachment markers. Memoised: rows re-render only when their own props change. */
export const MessageListRow = memo(function MessageListRow({
  message,
  index,
  setSize,
  start,
  selected,
  active,
  showRecipients,
  now,
  checked,
  draggable,
  folder,
  present,
  handlers,
}: MessageListRowProps) {
  const timeZone = useReaderTimeZone();
  const unread = isUnread(message);
  const flagged = isFlagged(message);
  // A malformed From arrives as every address it holds, without names (correspondents joins them all).
  const senderMalformed = !showRecipients && (message.malformed?.some((header) => header.field === 'from') ?? false);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox owns the keyboard (j/k, arrows, Enter) through aria-activedescendant
    <div
      role="option"
      // Reached through the listbox's aria-activedescendant, never by Tab: one tab stop for the whole list.
      tabIndex={-1}
      id={messageRowId(message.id)}
      data-testid="message-row"
      data-uid={message.uid}
      data-unread={unread}
      data-active={active}
      aria-selected={selected}
      data-checked={checked}
      draggable={draggable}
      onDragStart={draggable ? (event) => startRowDrag(event, message.uid, handlers) : undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      onClick={(event) => handlers.click(message, { shift: event.shiftKey, toggle: event.metaKey || event.ctrlKey })}
      onPointerEnter={(event) => hoverIntent.enter(event, () => handlers.prefetch(message))}
      onPointerLeave={hoverIntent.leave}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      className={`absolute inset-x-0 top-0 flex cursor-default items-center gap-2 border-b border-line pr-4 pl-2 select-none ${
        selected || checked ? 'bg-accent-soft' : 'hover:bg-hover'
      } data-[active=true]:outline-2 data-[active=true]:-outline-offset-2 data-[active=true]:outline-focus`}
    >
      <input
        type="checkbox"
        data-testid="row-checkbox"
        // One tab stop for the list: x ticks the row from the keyboard.
        tabIndex={-1}
        checked={checked}
        aria-label={`Select ${message.subject || '(no subject)'}`}
        onClick={(event) => {
          event.stopPropagation();
          handlers.check(message, event.shiftKey);
        }}
        onChange={() => {}}
        className="size-4 shrink-0 accent-accent"
      />
      <span className="flex w-2.5 shrink-0 justify-center self-start pt-[13px]">
        {unread ? <span className="size-2 rounded-full bg-accent" /> : null}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline gap-2">
          <span className={`min-w-0 flex-1 truncate text-sm text-fg ${unread ? 'font-semibold' : ''}`}>
            {unread ? <span className="sr-only">Unread, </span> : null}
            {senderMalformed ? (
              <TriangleAlert
                role="img"
                aria-label="Malformed sender"
                data-testid="message-row-malformed"
                className="mr-1 inline size-3.5 align-[-2px] text-amber-600 dark:text-amber-400"
              />
            ) : null}
            {correspondents(message, showRecipients)}
          </span>
          <time
            dateTime={message.date}
            title={formatFullDate(message.date, { timeZone })}
            className={`shrink-0 text-xs tabular-nums ${unread ? 'font-semibold text-fg' : 'text-muted'}`}
          >
            {formatListDate(message.date, { now, timeZone })}
          </time>
        </div>
        <div className="mt-0.5 flex items-center gap-2">
          <p className="min-w-0 flex-1 truncate text-[0.8125rem] leading-5">
            <span data-testid="message-row-subject" className={unread ? 'font-medium text-fg' : 'text-fg/85'}>
              {message.subject || '(no subject)'}
            </span>
            {message.preview ? <span className="text-muted"> — {message.preview}</span> : null}
          </p>
          {folder ? (
            <span
              data-testid="message-row-folder"
              className="max-w-[30%] shrink-0 truncate rounded border border-line px-1.5 text-[0.6875rem] leading-4 text-muted"
            >
              {folder}
            </span>
          ) : null}
          <PresenceBadge present={present} />
          <TeamStateChip flags={message.flags} />
          <LabelChips flags={message.flags} max={2} className="max-w-[45%]" />
          {message.hasAttachments ? (
            <Paperclip role="img" aria-label="Has attachments" className="size-3.5 shrink-0 text-muted" />
          ) : null}
          <StarToggle
            inList
            starred={flagged}
            onToggle={() => handlers.star(message, !flagged)}
            className="-my-1 size-6 group-data-[can-star=false]/list:pointer-events-none group-data-[can-star=false]/list:opacity-40"
          />
        </div>
      </div>
    </div>
  );
});
