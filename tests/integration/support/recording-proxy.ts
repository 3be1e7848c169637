import { connect, createServer, type Server } from 'node:net';
import { endTogether, listenOnLoopback } from '../../../scripts/harness/loopback-relay';
import { assertLoopback } from './loopback';

export interface RecordingProxy {
  port: number;
  /** Everything the client sent, as text, across all connections. */
  sent: () => string;
  close: () => Promise<void>;
}

/**
 * A loopback TCP relay that records the client's bytes. Unlike Dovecot's rawlog it also
 * sees the pre-login phase (CAPABILITY, LOGIN/AUTHENTICATE, STARTTLS).
 */
export async function startRecordingProxy(target: { host: string; port: number }): Promise<RecordingProxy> {
  assertLoopback(target.host);
  const chunks: Buffer[] = [];
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    client.on('data', (data: Buffer) => chunks.push(data));
    client.pipe(upstream).pipe(client);
    endTogether(client, upstream);
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    sent: () => Buffer.concat(chunks).toString('latin1'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
