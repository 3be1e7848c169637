import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from '@/lib/http/same-origin';

const request = (method: string, headers: Record<string, string>) =>
  new Request('http://app.test/api/session', { method, headers });

describe('assertSameOrigin', () => {
  it('lets safe methods through without an Origin', () => {
    expect(() => assertSameOrigin(request('GET', { host: 'app.test' }))).not.toThrow();
  });

  it('accepts a state-changing request from the same host', () => {
    expect(() => assertSameOrigin(request('POST', { host: 'app.test:3000', origin: 'http://app.test:3000' }))).not.toThrow();
  });

  it.each<Record<string, string>>([
    { host: 'app.test', origin: 'https://evil.test' },
    { host: 'app.test:3000', origin: 'http://app.test:4000' },
    { host: 'app.test' },
    { host: 'app.test', origin: 'null' },
  ])('refuses %o', (headers) => {
    expect(() => assertSameOrigin(request('DELETE', headers))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
