import type { Server, Socket } from 'node:net';

/**
 * Starts `server` on 127.0.0.1 at a port the system picks, and gives that port: the relays
 * the tests and the bench put between the app and Dovecot (cutting, delaying, recording,
 * byte-counting) all listen this way.
 */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the relay has no port');
  return address.port;
}

/** A relayed pair ends together: an error or close on either side destroys both. */
export function endTogether(client: Socket, upstream: Socket, onEnd: () => void = () => {}): void {
  const end = () => {
    onEnd();
    client.destroy();
    upstream.destroy();
  };
  client.on('error', end).on('close', end);
  upstream.on('error', end).on('close', end);
}
