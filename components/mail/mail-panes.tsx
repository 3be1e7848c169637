import type { ReactNode } from 'react';
import { ReadingPane } from './reading-pane';

/** The list and reading columns of a mailbox; below 1024 px the reading pane folds away to give the list room. */
export function MailPanes({ list }: { list: ReactNode }) {
  return (
    <div className="grid h-full min-h-0 lg:grid-cols-[23.75rem_minmax(0,1fr)]">
      {list}
      <ReadingPane />
    </div>
  );
}
