import type { MessagesResponse } from '../../../lib/schemas/message-list';
import { type AppClient, HttpError } from '../app-client';
import { type AccountPlan, LIST_QUERY } from './account-plan';
import { pickOne, planRound, type RequestKind } from './mix';

export type Recorder = (kind: RequestKind, ms: number, error: string | null) => void;

/** One signed-in session of one of the load accounts. */
export interface LoadUser {
  client: AppClient;
  plan: AccountPlan;
}

/**
 * One person reading mail, round after round of mix.ts until `deadline`, with a pause of
 * 0.5–1.5 × `thinkMs` after each request. Each user starts at a random moment within the
 * first `thinkMs`: a hundred people do not click in the same millisecond, and a synchronised
 * first burst would measure a stampede. No pause follows the last request, so a run ends
 * when its last answer is in.
 */
export async function simulateUser({ client, plan }: LoadUser, deadline: number, thinkMs: number, record: Recorder) {
  const inbox = `/api/mailboxes/${plan.inboxId}/messages?${LIST_QUERY}`;
  const request = async <T>(kind: RequestKind, path: string): Promise<T | null> => {
    const started = performance.now();
    try {
      const body = await client.json<T>('GET', path);
      record(kind, performance.now() - started, null);
      return body;
    } catch (error) {
      record(kind, performance.now() - started, error instanceof HttpError ? `HTTP ${error.status}` : String(error));
      return null;
    } finally {
      if (thinkMs > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
    }
  };
  const page = (cursor: string | undefined) => (cursor ? `${inbox}&cursor=${encodeURIComponent(cursor)}` : undefined);
  const pathFor = (kind: RequestKind, first: MessagesResponse | null): string | undefined => {
    switch (kind) {
      case 'folders':
        return '/api/mailboxes';
      case 'first page':
        return inbox;
      case 'open': {
        const id = pickOne(plan.messageIds, Math.random);
        return id && `/api/messages/${id}`;
      }
      case 'next page':
        return page(first?.nextCursor ?? undefined);
      case 'deep page':
        return page(pickOne(plan.deepCursors, Math.random));
      case 'other folder': {
        const folder = pickOne(plan.folderIds, Math.random);
        return folder && `/api/mailboxes/${folder}/messages?${LIST_QUERY}`;
      }
    }
  };
  await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  while (Date.now() < deadline) {
    let first: MessagesResponse | null = null;
    for (const kind of planRound(Math.random)) {
      if (Date.now() >= deadline) return;
      const path = pathFor(kind, first);
      // Nothing to address (a failed first page, a mailbox too small for a deep page): skip it.
      if (!path) continue;
      const body = await request<MessagesResponse>(kind, path);
      if (kind === 'first page') first = body;
    }
  }
}
