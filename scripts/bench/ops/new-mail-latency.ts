import type { ExistsEvent } from 'imapflow';
import { readEvents } from '../../harness/sse-reader';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import { raceToHear } from '../live/race-to-hear';
import type { OpResult } from '../measure';
import type { Summary } from '../stats';

const KEY = 'new-mail';
const NAME = 'New mail: outside APPEND OK → event (app: SSE message.new; floor: IDLE EXISTS)';
/** The 50 messages in a full run; the smoke run only proves the path works. */
const FULL_COUNT = 50;
const TIMEOUT_MS = 10_000;

/**
 * Issue 13's latency: an outside client APPENDs to INBOX and the clock runs from its tagged OK
 * to the moment the app's live stream (GET /api/events, read as EventSource would) delivers
 * `message.new` for it, row and all. The floor is a direct imapflow connection in IDLE on the
 * same INBOX hearing the EXISTS: what any push client could do at best (live/race-to-hear.ts
 * times both). The appended messages are expunged afterwards, untimed.
 */
export async function newMailLatency(ctx: BenchContext, smoke: boolean): Promise<OpResult> {
  const count = smoke ? ctx.reps : FULL_COUNT;
  const abort = new AbortController();
  const stream = readEvents(await ctx.app.open(`/api/events?mailboxId=${ctx.fx.inboxId}`, abort.signal));
  const appender = await connectFloor(ctx.user);
  const watcher = await connectFloor(ctx.user);
  const appended: number[] = [];
  let result: { app: Summary; floor: Summary };
  try {
    await watcher.mailboxOpen('INBOX', { readOnly: true });
    let heard: (() => void) | undefined;
    watcher.on('exists', (_event: ExistsEvent) => heard?.());
    void watcher.idle().catch(() => {});
    result = await raceToHear(ctx, count, (i) => {
      const subject = `Live bench ${Date.now()}-${i}`;
      return {
        floorHears: new Promise<void>((resolve) => {
          heard = resolve;
        }),
        appHears: stream.next(
          (event) =>
            event.event === 'message.new' && (event.data as { message: { subject: string } }).message.subject === subject,
          TIMEOUT_MS,
        ),
        change: async () => {
          const added = await appender.append('INBOX', `Subject: ${subject}\r\nFrom: bench@example.org\r\n\r\nHello.\r\n`);
          if (added) appended.push(Number(added.uid));
        },
      };
    });
  } finally {
    abort.abort();
    await closeFloor(watcher);
    if (appended.length > 0) {
      await appender.mailboxOpen('INBOX');
      await appender.messageDelete(appended.join(','), { uid: true });
    }
    await closeFloor(appender);
  }
  return {
    key: KEY,
    name: NAME,
    ...result,
    ratio: result.app.median / result.floor.median,
    extra: { messages: count },
  };
}
