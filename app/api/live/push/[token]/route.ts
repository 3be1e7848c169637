import { route } from '@/lib/http/route';
import { PushHintParams } from '@/lib/http/route-params';
import { hintLive } from '@/lib/live/live-hub';
import { PushHintRequest } from '@/lib/schemas/live-events';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The mail server's push hint (scripts/imap/letterbox-push.lua): these folders changed, read
 * them now. Answered at once, before the reads, since the server waits for it → `{ heard }`.
 */
export const POST = route(
  { auth: false, fromServer: true, params: PushHintParams, body: PushHintRequest, maxBodyBytes: 16 * 1024 },
  async ({ params, body }) => hintLive(params.token, body),
);
