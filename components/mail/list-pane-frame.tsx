import type { ReactNode } from 'react';
import { FoldersButton } from './folders-button';

interface ListPaneFrameProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Controls at the header's end, such as the sort order. */
  actions?: ReactNode;
  /** While messages are ticked: the bulk toolbar, in place of the title and actions. */
  toolbar?: ReactNode;
  children: ReactNode;
}

/** The middle column's frame: a header with the folder's name and counts, and the body below it. */
export function ListPaneFrame({ title, subtitle, actions, toolbar, children }: ListPaneFrameProps) {
  return (
    <section
      data-testid="message-list-pane"
      aria-labelledby="list-pane-title"
      className="flex h-full min-h-0 flex-col bg-surface lg:border-r lg:border-line"
    >
      <header className="flex h-14 shrink-0 items-center gap-2 border-b border-line px-4">
        <FoldersButton />
        {toolbar}
        <div className={toolbar ? 'sr-only' : 'min-w-0 flex-1'}>
          <h1 id="list-pane-title" className="truncate text-base leading-tight font-semibold text-fg">
            {title}
          </h1>
          {subtitle ? <p className="mt-0.5 truncate text-xs text-muted">{subtitle}</p> : null}
        </div>
        {toolbar ? null : actions}
      </header>
      <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">{children}</div>
    </section>
  );
}
