'use client';

import { Mail, Paperclip } from 'lucide-react';
import { apiPaths } from '@/lib/api-paths';
import { showAttachedMessage } from '@/lib/client/navigation';
import type { MimePart } from '@/lib/schemas/message-view';
import { attachmentSize } from '@/lib/ui/format-size';

interface AttachmentListProps {
  messageId: string;
  attachments: MimePart[];
  /** Where an attached message (message/rfc822) opens inside the app. */
  attachedHref: (part: string) => string;
}

/**
 * The message's attachments as download links to the parts endpoint, which answers with
 * `Content-Disposition: attachment`: nothing from a file ever runs in the app's origin.
 * An attached message also opens as a message, in place.
 */
export function AttachmentList({ messageId, attachments, attachedHref }: AttachmentListProps) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2 border-b border-line px-5 py-3">
      {attachments.map((attachment) => (
        <li key={attachment.part} className="flex items-stretch">
          {attachment.type === 'message/rfc822' ? (
            <a
              data-testid="attached-message-link"
              href={attachedHref(attachment.part)}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                showAttachedMessage(attachedHref(attachment.part));
              }}
              className="flex items-center gap-1.5 rounded-l-md border border-r-0 border-line-strong bg-accent-soft px-2.5 text-sm font-medium text-accent-ink hover:bg-hover"
            >
              <Mail aria-hidden="true" className="size-4" /> Open
            </a>
          ) : null}
          <a
            data-testid="attachment-link"
            href={apiPaths.part(messageId, attachment.part)}
            download={attachment.filename ?? `part-${attachment.part}`}
            className={`flex items-center gap-2 border border-line-strong px-2.5 py-1.5 text-sm text-fg hover:bg-hover ${
              attachment.type === 'message/rfc822' ? 'rounded-r-md' : 'rounded-md'
            }`}
          >
            <Paperclip aria-hidden="true" className="size-4 text-muted" />
            <span className="max-w-64 truncate">{attachment.filename ?? attachment.type}</span>
            <span data-testid="attachment-size" className="text-xs text-muted">
              {attachmentSize(attachment)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
