import { Send, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { AttachButton } from './attach-button';

interface ComposeFooterProps {
  error: string | null;
  sending: boolean;
  onSend: () => void;
  onAttach: (files: File[]) => void;
  onDiscard: () => void;
}

/** Send, attach and discard, with what went wrong with the last send above them. */
export function ComposeFooter({ error, sending, onSend, onAttach, onDiscard }: ComposeFooterProps) {
  return (
    <div className="shrink-0 border-t border-line px-3 py-2">
      {error ? (
        <p role="alert" data-testid="compose-error" className="mb-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-1">
        <Button variant="primary" data-testid="compose-send" title="Send (Ctrl+Enter)" disabled={sending} onClick={onSend}>
          {sending ? <Spinner /> : <Send aria-hidden="true" className="size-4" />}
          Send
        </Button>
        <AttachButton onFiles={onAttach} />
        <Button
          variant="ghost"
          size="icon"
          aria-label="Discard draft"
          title="Discard draft"
          data-testid="compose-discard"
          className="ml-auto"
          onClick={onDiscard}
        >
          <Trash2 aria-hidden="true" className="size-4" />
        </Button>
      </div>
    </div>
  );
}
