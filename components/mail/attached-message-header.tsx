'use client';

import { ArrowLeft, Mail } from 'lucide-react';
import { closeAttachedMessage } from '@/lib/client/navigation';
import type { MessageView } from '@/lib/schemas/message-view';
import { formatFullDate } from '@/lib/ui/format-list-date';
import { addressLabel, omittedRecipients } from '@/lib/ui/message-summary';
import { useReaderTimeZone } from './reader-time-zone';

/**
 * The header of a message attached to the open one (a forward as attachment, a bounce): its
 * own sender, recipients and date come from the attached message, not from the list row.
 */
export function AttachedMessageHeader({ message, parentHref }: { message: MessageView; parentHref: string }) {
  const timeZone = useReaderTimeZone();
  const sender = message.from[0];
  const name = addressLabel(sender) || '(unknown sender)';
  const omitted = omittedRecipients(message);
  return (
    <section data-testid="attached-message" className="border-b border-line bg-canvas px-5 py-3">
      <a
        href={parentHref}
        data-testid="attached-message-close"
        onClick={(event) => {
          event.preventDefault();
          closeAttachedMessage(parentHref);
        }}
        className="inline-flex items-center gap-1.5 text-xs font-medium text-accent-ink hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-3.5" /> Back to the message
      </a>
      <p className="mt-2 flex items-center gap-1.5 text-xs font-medium tracking-wide text-muted uppercase">
        <Mail aria-hidden="true" className="size-3.5" /> Attached message
      </p>
      <h3 data-testid="attached-message-subject" className="mt-1 text-base font-semibold break-words text-fg">
        {message.subject || '(no subject)'}
      </h3>
      <p className="mt-1 truncate text-sm text-fg">
        <span className="font-semibold">{name}</span>
        {sender?.address && sender.address !== name ? <span className="text-muted"> &lt;{sender.address}&gt;</span> : null}
      </p>
      {message.to.length ? (
        <p className="truncate text-xs text-muted">To {message.to.map((person) => addressLabel(person)).join(', ')}</p>
      ) : null}
      {omitted ? <p className="text-xs text-muted">{omitted}</p> : null}
      <time dateTime={message.date} className="text-xs text-muted">
        {formatFullDate(message.date, { timeZone })}
      </time>
    </section>
  );
}
