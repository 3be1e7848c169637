import { TriangleAlert } from 'lucide-react';
import type { SearchGap } from '@/lib/schemas/search';

const REASONS: Record<SearchGap['reason'], string> = {
  timeout: 'took too long and was not searched',
  failed: 'could not be searched: the mail server failed on it',
  gone: 'no longer exists',
  'large-skipped': 'was searched without its messages over 10 MB, which the mail server fails on',
};

/** Which folders the results leave out, and why: a search answers with what it could, and says what it could not. */
export function SearchGapsNotice({ gaps, names }: { gaps: SearchGap[]; names: ReadonlyMap<string, string> }) {
  if (gaps.length === 0) return null;
  return (
    <ul
      data-testid="search-gaps"
      className="shrink-0 space-y-0.5 border-b border-line bg-amber-50 px-4 py-2 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
    >
      {gaps.map((gap) => (
        <li key={gap.mailboxId} className="flex items-start gap-1.5">
          <TriangleAlert aria-hidden="true" className="mt-px size-3.5 shrink-0" />
          <span>
            {names.get(gap.mailboxId) ?? gap.path} {REASONS[gap.reason]}.
          </span>
        </li>
      ))}
    </ul>
  );
}
