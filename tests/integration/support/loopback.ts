import { isIP } from 'node:net';

/**
 * Integration tests only ever talk to servers on this machine. Anything else is refused
 * before a socket opens, so a mistyped variable can never aim a test at a real server.
 */
export function assertLoopback(host: string): string {
  const loopback = host === 'localhost' || (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';
  if (!loopback) throw new Error(`integration tests refuse the non-loopback host ${host}`);
  return host;
}
