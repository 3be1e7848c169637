import { Paperclip } from 'lucide-react';
import type { MimePart } from '@/lib/schemas/message';

const units = ['B', 'KB', 'MB', 'GB'];

function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 && unit > 0 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** BODYSTRUCTURE gives the encoded size; base64 carries 3 bytes in 4 characters. */
function decodedSize(part: MimePart): number {
  return part.encoding === 'base64' ? Math.round(part.size * 0.75) : part.size;
}

/**
 * The message's attachments as download links to the parts endpoint, which answers with
 * `Content-Disposition: attachment`: nothing from a file ever runs in the app's origin.
 */
export function AttachmentList({ messageId, attachments }: { messageId: string; attachments: MimePart[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2 border-b border-line px-5 py-3">
      {attachments.map((attachment) => (
        <li key={attachment.part}>
          <a
            data-testid="attachment-link"
            href={`/api/messages/${messageId}/parts/${encodeURIComponent(attachment.part)}`}
            download={attachment.filename ?? `part-${attachment.part}`}
            className="flex items-center gap-2 rounded-md border border-line-strong px-2.5 py-1.5 text-sm text-fg hover:bg-hover"
          >
            <Paperclip aria-hidden="true" className="size-4 text-muted" />
            <span className="max-w-64 truncate">{attachment.filename ?? attachment.type}</span>
            <span className="text-xs text-muted">{formatSize(decodedSize(attachment))}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
