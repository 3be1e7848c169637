import 'server-only';
import { connect } from 'node:net';
import { env } from '@/lib/config/env';

export interface Health {
  status: 'ok';
  imap: 'up' | 'down';
}

/**
 * Readiness: the app answers (so it is "ok") and says whether the default IMAP server
 * accepts TCP connections. Only a TCP connect, never a LOGIN.
 */
export async function checkHealth(timeoutMs = 2_000): Promise<Health> {
  const { IMAP_HOST, IMAP_PORT } = env();
  const up = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: IMAP_HOST, port: IMAP_PORT });
    const finish = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
  return { status: 'ok', imap: up ? 'up' : 'down' };
}
