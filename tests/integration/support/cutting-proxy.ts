import { connect, createServer, type Server, type Socket } from 'node:net';
import { listenOnLoopback } from '../../../scripts/harness/loopback-relay';
import { assertLoopback } from './loopback';

export interface CuttingProxy {
  port: number;
  /** How many connections were cut so far. */
  cuts: () => number;
  /** Cuts the next connection(s) whose client sends a line matching `pattern`. */
  cutOn: (pattern: RegExp, times?: number) => void;
  /** Cuts every open connection now, as a server restart would, without relaying anything more. */
  cutAll: () => void;
  close: () => Promise<void>;
}

/**
 * A loopback TCP relay between the app and Dovecot that drops a connection the moment the
 * client sends a chosen command: the command is relayed first (the server gets it and then
 * sees the connection end), the client is cut at once and never hears the tagged answer.
 * That is "the connection dropped after the command was sent".
 */
export async function startCuttingProxy(target: { host: string; port: number }): Promise<CuttingProxy> {
  assertLoopback(target.host);
  let pattern: RegExp | null = null;
  let remaining = 0;
  let cuts = 0;
  const open = new Set<{ client: Socket; upstream: Socket }>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const pair = { client, upstream };
    let cut = false;
    open.add(pair);
    client.on('data', (data: Buffer) => {
      upstream.write(data);
      if (remaining > 0 && pattern?.test(data.toString('latin1'))) {
        remaining -= 1;
        cuts += 1;
        cut = true;
        // The command goes out, then FIN: Dovecot reads it before it sees the end.
        client.destroy();
        upstream.end();
      }
    });
    upstream.pipe(client);
    const end = () => {
      open.delete(pair);
      client.destroy();
      // After a cut the relayed command and FIN must still reach Dovecot: it closes its side.
      if (!cut) upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    cuts: () => cuts,
    cutOn: (next, times = 1) => {
      pattern = next;
      remaining = times;
    },
    cutAll: () => {
      for (const { client, upstream } of open) {
        client.destroy();
        upstream.destroy();
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
