import type { ReactNode } from 'react';

interface MailPanesProps {
  list: ReactNode;
  reading: ReactNode;
  /** A message is open: below 1024 px it takes the whole column (with a way back), the list waits hidden. */
  messageOpen?: boolean;
}

/**
 * The list and reading columns of a mailbox. From 1024 px they sit side by side; below, one
 * shows at a time, so phones get a stack the URL (and the back button) understands. The list
 * stays mounted while hidden, keeping its loaded rows and keyboard position.
 */
export function MailPanes({ list, reading, messageOpen = false }: MailPanesProps) {
  return (
    <div className="grid h-full min-h-0 grid-cols-1 lg:grid-cols-[23.75rem_minmax(0,1fr)]">
      <div className={`h-full min-h-0 ${messageOpen ? 'max-lg:hidden' : ''}`}>{list}</div>
      <section
        data-testid="reading-pane"
        aria-label="Reading pane"
        className={`flex h-full min-h-0 flex-col bg-surface ${messageOpen ? '' : 'max-lg:hidden'}`}
      >
        {reading}
      </section>
    </div>
  );
}
