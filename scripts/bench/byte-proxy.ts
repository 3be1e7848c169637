import { connect, createServer, type Socket } from 'node:net';
import { endTogether, listenOnLoopback } from '../harness/loopback-relay';

export interface ByteCounts {
  /** Client → IMAP server (commands). */
  sent: number;
  /** IMAP server → client (responses): what "bytes pulled from IMAP" means. */
  received: number;
}

export interface ByteProxy {
  port: number;
  /** Bytes relayed since the last reset, over every connection. */
  take: () => ByteCounts;
  close: () => Promise<void>;
}

/**
 * A loopback TCP relay between the app and Dovecot that counts bytes each way, so the app's
 * IMAP traffic is measured from outside without touching the app: a session signed in with
 * this port sends every command through here (ideas from tests/integration/support/recording-proxy.ts).
 */
export async function startByteProxy(target: { host: string; port: number }): Promise<ByteProxy> {
  let counts: ByteCounts = { sent: 0, received: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (data: Buffer) => {
      counts.sent += data.length;
    });
    upstream.on('data', (data: Buffer) => {
      counts.received += data.length;
    });
    client.pipe(upstream).pipe(client);
    endTogether(client, upstream);
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    take: () => {
      const taken = counts;
      counts = { sent: 0, received: 0 };
      return taken;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
