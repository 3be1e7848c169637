import type { SessionInfo } from '@/lib/schemas/session';

/** Who is signed in: an initial and the user name, with the server in the tooltip. */
export function UserBadge({ session }: { session: SessionInfo }) {
  // Array.from splits by code point, so a name starting with an emoji or a CJK extension character stays whole.
  const initial = (Array.from(session.user)[0] ?? '?').toUpperCase();
  return (
    <span
      data-testid="signed-in-user"
      title={`${session.user} on ${session.host}:${session.port}`}
      className="inline-flex min-w-0 items-center gap-2 text-sm text-fg"
    >
      <span
        aria-hidden="true"
        className="grid size-7 shrink-0 place-items-center rounded-full bg-accent-soft text-xs font-semibold text-accent-ink"
      >
        {initial}
      </span>
      <span className="truncate max-sm:sr-only">{session.user}</span>
    </span>
  );
}
