import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/http/client-ip';

describe('clientIp', () => {
  it('takes the last entry without trusted proxies: what Next set from the socket', () => {
    expect(clientIp('127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientIp('::ffff:10.0.0.7', 0)).toBe('10.0.0.7');
  });

  it('skips one entry per trusted proxy, never trusting what the client wrote further left', () => {
    expect(clientIp('6.6.6.6, 203.0.113.9, 10.0.0.2', 1)).toBe('203.0.113.9');
    expect(clientIp('203.0.113.9, 10.0.0.2', 1)).toBe('203.0.113.9');
    expect(clientIp('10.0.0.2', 3)).toBe('10.0.0.2');
  });

  it('answers null without the header', () => {
    expect(clientIp(null, 0)).toBeNull();
    expect(clientIp(' , ', 0)).toBeNull();
  });
});
