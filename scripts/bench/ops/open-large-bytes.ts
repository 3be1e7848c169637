import { AppClient } from '../app-client';
import { startByteProxy } from '../byte-proxy';
import { IMAP, PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { openMessageDirect } from '../floor/open-message';

export interface ImapBytes {
  /** Server → client bytes for one open, the larger of the repetitions. */
  appReceived: number;
  appSent: number;
  floorReceived: number;
  floorSent: number;
}

/**
 * IMAP bytes moved to open the 20 MiB message. The app's side is counted by a loopback relay:
 * a second session signs in with the relay's port (the sign-in form's "port" field), so only
 * that session's traffic passes it and the app itself is unchanged. The floor uses imapflow's
 * own counters (client.stats(), which agree with Dovecot's logout line `in=… out=…` within ~0.5%).
 */
export async function openLargeBytes(ctx: BenchContext): Promise<ImapBytes> {
  const proxy = await startByteProxy(IMAP);
  const client = new AppClient();
  try {
    await client.signIn(ctx.user, PASSWORD, { port: proxy.port });
    // The first request also SELECTs INBOX on the new connection: not part of opening a message.
    await client.json('GET', `/api/messages/${ctx.fx.newest.id}`);
    const result: ImapBytes = { appReceived: 0, appSent: 0, floorReceived: 0, floorSent: 0 };
    for (let i = 0; i < Math.min(ctx.reps, 5); i++) {
      proxy.take();
      await client.json('GET', `/api/messages/${ctx.fx.large.id}`);
      const app = proxy.take();
      ctx.floor.stats(true);
      await openMessageDirect(ctx.floor, ctx.fx.large);
      const floor = ctx.floor.stats();
      result.appReceived = Math.max(result.appReceived, app.received);
      result.appSent = Math.max(result.appSent, app.sent);
      result.floorReceived = Math.max(result.floorReceived, floor.received);
      result.floorSent = Math.max(result.floorSent, floor.sent);
    }
    await client.signOut();
    return result;
  } finally {
    await proxy.close();
  }
}
