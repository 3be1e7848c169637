import type { ExistsEvent } from 'imapflow';
import { readEvents } from '../../harness/sse-reader';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import type { OpResult } from '../measure';
import { summarize } from '../stats';

const KEY = 'new-mail';
const NAME = 'New mail: outside APPEND OK → event (app: SSE message.new; floor: IDLE EXISTS)';
/** The 50 messages in a full run; the smoke run only proves the path works. */
const FULL_COUNT = 50;
const TIMEOUT_MS = 10_000;

/**
 * Issue 13's latency: an outside client APPENDs to INBOX and the clock runs from its tagged OK
 * to the moment the app's live stream (GET /api/events, read as EventSource would) delivers
 * `message.new` for it, row and all. The floor is a direct imapflow connection in IDLE on the
 * same INBOX hearing the EXISTS: what any push client could do at best. Either can come before
 * the OK reaches the appender (Dovecot pushes EXISTS before it answers the APPEND), so a
 * latency may be negative. The appended messages are expunged afterwards, untimed.
 */
export async function newMailLatency(ctx: BenchContext, smoke: boolean): Promise<OpResult> {
  const count = smoke ? ctx.reps : FULL_COUNT;
  const abort = new AbortController();
  const stream = readEvents(await ctx.app.open(`/api/events?mailboxId=${ctx.fx.inboxId}`, abort.signal));
  const appender = await connectFloor(ctx.user);
  const watcher = await connectFloor(ctx.user);
  const appended: number[] = [];
  const app: number[] = [];
  const floor: number[] = [];
  try {
    await watcher.mailboxOpen('INBOX', { readOnly: true });
    let heard: (() => void) | undefined;
    watcher.on('exists', (_event: ExistsEvent) => heard?.());
    void watcher.idle().catch(() => {});
    for (let i = 0; i < count + ctx.warmup; i++) {
      const subject = `Live bench ${Date.now()}-${i}`;
      const floorHeard = new Promise<number>((resolve) => {
        heard = () => resolve(performance.now());
      });
      const appHeard = stream
        .next(
          (event) =>
            event.event === 'message.new' && (event.data as { message: { subject: string } }).message.subject === subject,
          TIMEOUT_MS,
        )
        .then(() => performance.now());
      const result = await appender.append('INBOX', `Subject: ${subject}\r\nFrom: bench@example.org\r\n\r\nHello.\r\n`);
      const ok = performance.now();
      if (result) appended.push(Number(result.uid));
      const [appAt, floorAt] = await Promise.all([appHeard, floorHeard]);
      if (i >= ctx.warmup) {
        app.push(appAt - ok);
        floor.push(floorAt - ok);
      }
      // Apart, so each message is its own push rather than one batch of several.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    abort.abort();
    await closeFloor(watcher);
    if (appended.length > 0) {
      await appender.mailboxOpen('INBOX');
      await appender.messageDelete(appended.join(','), { uid: true });
    }
    await closeFloor(appender);
  }
  const appSummary = summarize(app);
  const floorSummary = summarize(floor);
  return {
    key: KEY,
    name: NAME,
    app: appSummary,
    floor: floorSummary,
    ratio: appSummary.median / floorSummary.median,
    extra: { messages: count },
  };
}
