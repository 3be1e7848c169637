import { route } from '@/lib/http/route';
import { openLiveStream } from '@/lib/live/open-live-stream';
import { LiveEventsQuery } from '@/lib/schemas/live-events';

// A stream that outlives the request: Node's runtime, never prerendered or cached (STACK.md trap 3).
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Server-Sent Events of one folder (INBOX by default); lib/schemas/live-events.ts lists them. */
export const GET = route({ auth: true, query: LiveEventsQuery }, ({ account, session, query, headers, signal }) =>
  openLiveStream({ account, session, mailboxId: query.mailboxId, since: headers.get('last-event-id') ?? query.since, signal }),
);
