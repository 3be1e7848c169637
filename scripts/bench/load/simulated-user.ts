import type { MessagesResponse } from '../../../lib/schemas/message-list';
import { type AppClient, HttpError } from '../app-client';

export type Recorder = (request: string, ms: number, error: string | null) => void;

/**
 * One person reading mail, in a loop until `deadline`: the folder list, INBOX's first page,
 * one of its messages, the next page; a pause of 0.5–1.5 × `thinkMs` after each request.
 * Each user starts at a random moment within the first `thinkMs`: a hundred people do not
 * click in the same millisecond, and a synchronised first burst would measure a stampede.
 */
export async function simulateUser(
  client: AppClient,
  inboxId: string,
  deadline: number,
  thinkMs: number,
  record: Recorder,
): Promise<void> {
  const request = async <T>(name: string, path: string): Promise<T | null> => {
    const started = performance.now();
    try {
      const body = await client.json<T>('GET', path);
      record(name, performance.now() - started, null);
      return body;
    } catch (error) {
      record(name, performance.now() - started, error instanceof HttpError ? `HTTP ${error.status}` : String(error));
      return null;
    } finally {
      if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
    }
  };
  const list = `/api/mailboxes/${inboxId}/messages?limit=50&sort=date&order=desc`;
  await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  while (Date.now() < deadline) {
    await request('folders', '/api/mailboxes');
    if (Date.now() >= deadline) break;
    const page = await request<MessagesResponse>('first page', list);
    if (Date.now() >= deadline) break;
    const pick = page?.messages[Math.floor(Math.random() * page.messages.length)];
    if (pick) await request('open', `/api/messages/${pick.id}`);
    if (Date.now() >= deadline) break;
    if (page?.nextCursor) await request('next page', `${list}&cursor=${encodeURIComponent(page.nextCursor)}`);
  }
}
