import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** Lets tests find the state without matching its text, which may change. */
  testId?: string;
}

/** A centred, quiet message for a pane with nothing to show: says what is (not) here and what to do. */
export function EmptyState({ icon: Icon, title, children, action, testId }: EmptyStateProps) {
  return (
    <div data-testid={testId} className="flex flex-1 flex-col items-center justify-center gap-3 px-6 py-12 text-center">
      <span className="grid size-12 place-items-center rounded-full bg-canvas text-muted">
        <Icon aria-hidden="true" className="size-6" strokeWidth={1.5} />
      </span>
      <div className="max-w-72 space-y-1">
        <p className="text-base font-medium text-fg">{title}</p>
        {children ? <div className="text-sm text-muted">{children}</div> : null}
      </div>
      {action}
    </div>
  );
}
