import { MailCheck } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Shown when the reader keeps mail unread on opening: the message is still unread, one click marks it read. */
export function KeptUnreadBar({ marking, onMarkRead }: { marking: boolean; onMarkRead: () => void }) {
  return (
    <div className="flex items-center justify-between gap-3 border-b border-line bg-canvas px-5 py-2 text-sm text-muted">
      <span>Still unread.</span>
      <Button data-testid="mark-read" variant="secondary" size="sm" onClick={onMarkRead} disabled={marking}>
        <MailCheck aria-hidden="true" className="size-4" /> Mark as read
      </Button>
    </div>
  );
}
