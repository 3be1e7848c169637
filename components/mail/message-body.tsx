'use client';

import { useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { apiPaths } from '@/lib/api-paths';
import { errorCodeOf } from '@/lib/client/api-error';
import { useMessage } from '@/lib/client/use-message';
import { describeError } from '@/lib/ui/describe-error';
import { trustedSenderAddress } from '@/lib/ui/message-summary';
import { AttachedMessageHeader } from './attached-message-header';
import { AttachmentList } from './attachment-list';
import { KeptUnreadBar } from './kept-unread-bar';
import { MessageHtmlFrame } from './message-html-frame';
import { useLoadedMessage } from './message-list-context';
import { MessageNotes } from './message-notes';
import { MessageText } from './message-text';
import { RemoteContentBanner } from './remote-content-banner';
import { useOpenMessageEffects } from './use-open-message-effects';
import { useRemoteContent } from './use-remote-content';

interface MessageBodyProps {
  messageId: string;
  /** An attached message (message/rfc822 part) to show instead of the message's own body. */
  part: string | null;
  /** The open message's own URL, and the URL of one of its attached messages. */
  parentHref: string;
  attachedHref: (part: string) => string;
  /** The words of the search the message was opened from, to mark in its text. */
  marks: readonly string[];
}

/** The body of the open message: notes, the remote-content control, then HTML (sandboxed) or text. */
export function MessageBody({ messageId, part, parentHref, attachedHref, marks }: MessageBodyProps) {
  const row = useLoadedMessage(messageId);
  // The list row names the sender before the body loads; an attached message names its own, and
  // so does a message opened by a link before its row has loaded.
  const [attachedSender, setAttachedSender] = useState<string | null>(null);
  const sender = part ? attachedSender : row ? trustedSenderAddress(row) : attachedSender;
  const { allowRemote, allowOnce, allowAlways } = useRemoteContent(sender);
  const { data, error, isPending } = useMessage(messageId, allowRemote, part);
  const loadedSender = trustedSenderAddress(data);
  if (loadedSender !== attachedSender) setAttachedSender(loadedSender);
  const { keptUnread, marking, markRead } = useOpenMessageEffects(messageId, { loaded: data !== undefined });

  if (isPending) {
    return (
      <div className="flex items-center gap-2 px-5 py-6 text-sm text-muted">
        <Spinner /> Loading the message…
      </div>
    );
  }
  if (error || !data) {
    return (
      <p role="alert" data-testid="message-error" data-code={errorCodeOf(error)} className="px-5 py-6 text-sm text-danger">
        {describeError(errorCodeOf(error), 'message')}
      </p>
    );
  }
  const { body } = data;
  return (
    <div>
      {part ? <AttachedMessageHeader message={data} parentHref={parentHref} /> : null}
      {keptUnread ? <KeptUnreadBar marking={marking} onMarkRead={markRead} /> : null}
      <MessageNotes notes={body.notes} />
      {body.remoteBlocked > 0 && !allowRemote ? (
        <RemoteContentBanner
          blocked={body.remoteBlocked}
          sender={trustedSenderAddress(data)}
          onAllow={allowOnce}
          onAlwaysAllow={allowAlways}
        />
      ) : null}
      <AttachmentList messageId={messageId} attachments={data.attachments} attachedHref={attachedHref} />
      {body.kind === 'html' ? <MessageHtmlFrame html={body.content} allowRemote={allowRemote} marks={marks} /> : null}
      {body.kind === 'text' ? <MessageText text={body.content} marks={marks} /> : null}
      <p className="border-t border-line px-5 py-3 text-xs">
        <a
          data-testid="show-original"
          href={part ? apiPaths.part(messageId, part) : apiPaths.raw(messageId)}
          download="message.eml"
          className="text-muted underline hover:text-fg"
        >
          Download the original message (.eml)
        </a>
      </p>
    </div>
  );
}
