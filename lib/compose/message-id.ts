import 'server-only';
import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';

/**
 * A new Message-ID (RFC 5322 §3.6.4): `<random@domain>`, 128 random bits in base36 on the
 * left, so ids never collide without any counter or clock; the sender's domain on the right,
 * as punycode (an id is ASCII only).
 */
export function newMessageId(domain: string): string {
  const right = domainToASCII(domain.trim());
  if (!right) throw new Error('newMessageId: not a domain');
  const left = BigInt(`0x${randomBytes(16).toString('hex')}`).toString(36);
  return `<${left}@${right}>`;
}
