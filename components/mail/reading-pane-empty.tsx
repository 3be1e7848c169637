import { MailOpen } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';

/** The reading column with nothing open. */
export function ReadingPaneEmpty() {
  return (
    <EmptyState icon={MailOpen} title="No message selected" testId="reading-pane-empty">
      Choose a message in the list to read it here. Use j and k to move through the list.
    </EmptyState>
  );
}
