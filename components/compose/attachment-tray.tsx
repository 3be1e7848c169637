'use client';

import { CircleAlert, Paperclip, RotateCw, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { formatSize } from '@/lib/ui/format-size';
import type { ComposeAttachment } from './use-attachment-uploads';

interface AttachmentTrayProps {
  items: ComposeAttachment[];
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
}

/** The files of the message being written: each with its size, its upload's progress or failure, and a remove button. */
export function AttachmentTray({ items, onRemove, onRetry }: AttachmentTrayProps) {
  if (items.length === 0) return null;
  return (
    <ul data-testid="attachment-tray" aria-label="Attachments" className="mt-3 flex flex-col gap-1.5">
      {items.map((item) => (
        <li
          key={item.key}
          data-testid="attachment-item"
          data-status={item.status}
          className={`flex items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm ${
            item.status === 'failed' ? 'border-danger-line bg-danger-soft' : 'border-line bg-surface'
          }`}
        >
          {item.status === 'failed' ? (
            <CircleAlert aria-hidden="true" className="size-4 shrink-0 text-danger" />
          ) : (
            <Paperclip aria-hidden="true" className="size-4 shrink-0 text-muted" />
          )}
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <div className="flex min-w-0 items-baseline gap-2">
              <span className="truncate text-fg" title={item.filename}>
                {item.filename}
              </span>
              <span className="shrink-0 text-xs text-muted">{formatSize(item.size)}</span>
            </div>
            {item.status === 'uploading' ? <UploadProgress item={item} /> : null}
            {item.status === 'failed' ? <p className="text-xs text-danger">Failed: {item.error}</p> : null}
          </div>
          {item.status === 'failed' ? (
            <Button data-testid="attachment-retry" variant="ghost" size="sm" onClick={() => onRetry(item.key)}>
              <RotateCw aria-hidden="true" className="size-4" /> Retry
            </Button>
          ) : null}
          <Button
            data-testid="attachment-remove"
            variant="ghost"
            size="sm"
            className="w-8 px-0"
            aria-label={`Remove ${item.filename}`}
            title="Remove"
            onClick={() => onRemove(item.key)}
          >
            <X aria-hidden="true" className="size-4" />
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** A bar, not a spinner: a large file takes long enough that how far it got matters. */
function UploadProgress({ item }: { item: ComposeAttachment }) {
  const sent = Math.min(item.sentBytes, item.size);
  const percent = item.size > 0 ? Math.round((sent / item.size) * 100) : 0;
  return (
    <div
      role="progressbar"
      data-testid="attachment-progress"
      aria-label={`Uploading ${item.filename}`}
      aria-valuemin={0}
      aria-valuemax={item.size}
      aria-valuenow={sent}
      aria-valuetext={`${formatSize(sent)} of ${formatSize(item.size)}`}
      className="h-1 overflow-hidden rounded-full bg-line"
    >
      <div className="h-full rounded-full bg-accent motion-safe:transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  );
}
