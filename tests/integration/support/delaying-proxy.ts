import { connect, createServer, type Server, type Socket } from 'node:net';
import { endTogether, listenOnLoopback } from '../../../scripts/harness/loopback-relay';
import { assertLoopback } from './loopback';

export interface DelayingProxy {
  port: number;
  /** Holds the next command matching `pattern` (and what the client sends after it) for `ms` before relaying it. */
  delayOn: (pattern: RegExp, ms: number) => void;
  /** When (Date.now()) each held command was relayed to the server. */
  relayed: () => number[];
  close: () => Promise<void>;
}

/**
 * A loopback TCP relay between the app and Dovecot that makes one chosen command slow, as a
 * SELECT of a 100,000-message Maildir is, without a mailbox that size: the command reaches
 * the server `ms` later, so its answer does too. Order on the connection is kept: whatever the
 * client sends meanwhile waits behind it.
 */
export async function startDelayingProxy(target: { host: string; port: number }): Promise<DelayingProxy> {
  assertLoopback(target.host);
  let rule: { pattern: RegExp; ms: number } | null = null;
  const relayed: number[] = [];
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    open.add(client).add(upstream);
    let heldUntil = 0;
    client.on('data', (data: Buffer) => {
      if (rule?.pattern.test(data.toString('latin1'))) {
        heldUntil = Date.now() + rule.ms;
        rule = null;
        setTimeout(() => relayed.push(Date.now()), heldUntil - Date.now());
      }
      const wait = heldUntil - Date.now();
      if (wait > 0) setTimeout(() => upstream.write(data), wait);
      else upstream.write(data);
    });
    upstream.pipe(client);
    endTogether(client, upstream, () => {
      open.delete(client);
      open.delete(upstream);
    });
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    delayOn: (pattern, ms) => {
      rule = { pattern, ms };
    },
    relayed: () => [...relayed],
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
