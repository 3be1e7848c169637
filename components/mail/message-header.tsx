import { Paperclip, Star } from 'lucide-react';
import type { ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import type { Address, MessageSummary } from '@/lib/schemas/message-list';
import { distinctReplyTo } from '@/lib/ui/distinct-reply-to';
import { formatFullDate } from '@/lib/ui/format-list-date';
import { addressLabel, isFlagged, omittedRecipients } from '@/lib/ui/message-summary';
import { LabelChips } from './label-chips';
import { MalformedSenderWarning } from './malformed-sender-warning';
import { useReaderTimeZone } from './reader-time-zone';
import { UnsubscribeLink } from './unsubscribe-link';

/**
 * What the header shows: the message view's fields (reading-pane.tsx), or the list row's
 * while the view loads. Flags travel with the list only; Reply-To and List-Unsubscribe come
 * with the view.
 */
export type ShownHeader = Pick<MessageSummary, 'subject' | 'from' | 'to' | 'cc' | 'date' | 'recipientsOmitted' | 'malformed'> & {
  flags: string[];
  hasAttachments: boolean;
  replyTo: readonly Address[];
  listUnsubscribe: string | null;
};

function recipients(label: string, people: readonly Address[], testId?: string) {
  if (people.length === 0) return null;
  return (
    <p data-testid={testId} className="truncate text-xs text-muted">
      {label} {people.map((person) => addressLabel(person)).join(', ')}
    </p>
  );
}

/** Subject, sender, recipients and date of the open message; `star` is its star toggle where it can be changed. */
export function MessageHeader({ message, star }: { message: ShownHeader; star?: ReactNode }) {
  const timeZone = useReaderTimeZone();
  const sender = message.from[0];
  const name = addressLabel(sender) || '(unknown sender)';
  // Array.from splits by code point, so a name starting with an emoji or a CJK extension character stays whole.
  const initial = (Array.from(name)[0] ?? '?').toUpperCase();
  const omitted = omittedRecipients(message);
  // A malformed From lists every address it holds (no name): all of them, never the first alone.
  const fromMalformed = message.malformed?.some((header) => header.field === 'from') ?? false;
  return (
    <header className="border-b border-line px-4 pt-5 pb-4 md:px-6">
      <div className="flex items-start gap-3">
        <h2 data-testid="message-subject" className="min-w-0 flex-1 text-lg leading-snug font-semibold break-words text-fg">
          {message.subject || '(no subject)'}
        </h2>
        {star ??
          (isFlagged(message) ? (
            <Star
              role="img"
              aria-label="Flagged"
              className="mt-1 size-4 shrink-0 fill-current text-amber-600 dark:text-amber-400"
            />
          ) : null)}
      </div>
      <LabelChips flags={message.flags} className="mt-1.5 flex-wrap" />
      <div className="mt-4 flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft text-sm font-semibold text-accent-ink"
        >
          {initial}
        </span>
        <div className="min-w-0 flex-1">
          {/* The date wraps under the sender where both do not fit (phones, long names). */}
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            {fromMalformed ? (
              <p data-testid="message-from" data-malformed="true" className="min-w-0 text-sm break-all text-fg">
                <span className="font-semibold">{message.from.map((person) => person.address).join(', ') || '(no address)'}</span>
              </p>
            ) : (
              <p data-testid="message-from" className="min-w-0 truncate text-sm text-fg">
                <span className="font-semibold">{name}</span>
                {sender?.address && sender.address !== name ? (
                  <span className="text-muted"> &lt;{sender.address}&gt;</span>
                ) : null}
              </p>
            )}
            <time data-testid="message-date" dateTime={message.date} className="shrink-0 text-xs text-muted">
              {formatFullDate(message.date, { timeZone })}
            </time>
          </div>
          {recipients('To', message.to)}
          {recipients('Cc', message.cc)}
          {recipients('Reply-To', distinctReplyTo(message.from, message.replyTo), 'message-reply-to')}
          {omitted ? (
            <p data-testid="recipients-omitted" className="text-xs text-muted">
              {omitted}
            </p>
          ) : null}
          <MalformedSenderWarning headers={message.malformed} />
          {message.hasAttachments ? (
            <p className="mt-1 inline-flex items-center gap-1 text-xs text-muted">
              <Paperclip aria-hidden="true" className="size-3.5" />
              Has attachments
            </p>
          ) : null}
          <UnsubscribeLink header={message.listUnsubscribe} />
        </div>
      </div>
    </header>
  );
}

/** While the list's first page (and with it the header) is on its way. */
export function MessageHeaderSkeleton() {
  return (
    <div aria-busy="true" className="border-b border-line px-4 pt-5 pb-4 md:px-6">
      <span className="sr-only">Loading the message…</span>
      <Skeleton className="h-5 w-3/5" />
      <div className="mt-4 flex items-center gap-3">
        <Skeleton className="size-9 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-3 w-40" />
          <Skeleton className="h-3 w-28" />
        </div>
      </div>
    </div>
  );
}
