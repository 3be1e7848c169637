import { connect, createServer, type Server } from 'node:net';
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
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    sent: () => Buffer.concat(chunks).toString('latin1'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
