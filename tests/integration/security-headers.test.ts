import { describe, expect, it } from 'vitest';
import { AppClient } from './support/http-client';

describe('security headers on API responses', () => {
  it('sends nosniff, no-referrer, DENY framing and a Permissions-Policy, on success and on error', async () => {
    const client = new AppClient();
    for (const path of ['/api/health', '/api/mailboxes']) {
      const response = await client.request('GET', path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('permissions-policy'), path).toContain('geolocation=()');
    }
  });
});
