import { MailMinus } from 'lucide-react';
import { unsubscribeTarget } from '@/lib/ui/unsubscribe-target';

/** The List-Unsubscribe target (RFC 2369) as a link, when the header names one Letterbox may open. */
export function UnsubscribeLink({ header }: { header: string | null }) {
  const target = unsubscribeTarget(header);
  if (!target) return null;
  return (
    <p className="mt-1 text-xs text-muted">
      <a
        data-testid="unsubscribe-link"
        href={target.href}
        // A web page opens in a new tab without telling the site where the reader came from.
        {...(target.kind === 'web' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        title={target.href}
        className="inline-flex items-center gap-1 underline hover:text-fg"
      >
        <MailMinus aria-hidden="true" className="size-3.5" />
        Unsubscribe
      </a>{' '}
      <span className="text-muted">({target.kind === 'web' ? `on ${target.label}` : `by writing to ${target.label}`})</span>
    </p>
  );
}
