import { connect } from 'node:net';
import { LOOPBACK } from './ports';

/** Resolves true once something accepts connections on the loopback `port`, false after `timeoutMs`. */
export function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done) => {
    const attempt = () => {
      const socket = connect({ host: LOOPBACK, port }, () => {
        socket.destroy();
        done(true);
      });
      socket.on('error', () => (Date.now() > deadline ? done(false) : setTimeout(attempt, 50)));
    };
    attempt();
  });
}
