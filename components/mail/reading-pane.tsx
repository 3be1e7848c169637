import { MailOpen } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';

/** The right column. Until opening messages exists (a later issue) it says plainly that nothing is open. */
export function ReadingPane() {
  return (
    <section
      data-testid="reading-pane"
      aria-label="Reading pane"
      className="flex h-full min-h-0 flex-col bg-surface max-lg:hidden"
    >
      <EmptyState icon={MailOpen} title="No message selected" testId="reading-pane-empty">
        Choose a message in the list to read it here.
      </EmptyState>
    </section>
  );
}
