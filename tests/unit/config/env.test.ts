import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env';

const secret = 's'.repeat(32);

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({ SESSION_SECRET: secret });
    expect(env).toMatchObject({ IMAP_HOST: '127.0.0.1', IMAP_PORT: 1143, IMAP_TLS: 'false', IMAP_POOL_PER_SESSION: 3 });
  });

  it('always allows the default host and normalises the list', () => {
    const env = parseEnv({
      SESSION_SECRET: secret,
      IMAP_HOST: 'Mail.Example.org',
      IMAP_ALLOWED_HOSTS: ' b.example ,, C.example',
    });
    expect(env.IMAP_ALLOWED_HOSTS).toEqual(['mail.example.org', 'b.example', 'c.example']);
  });

  it('requires a long SESSION_SECRET in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32/);
    expect(parseEnv({ NODE_ENV: 'production', SESSION_SECRET: secret }).SESSION_SECRET).toBe(secret);
  });

  it('generates a per-process secret in development', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('takes push hints only at an http(s) URL; empty, as .env.example leaves it, means none', () => {
    expect(parseEnv({ SESSION_SECRET: secret, LIVE_PUSH_URL: '' }).LIVE_PUSH_URL).toBeUndefined();
    expect(parseEnv({ SESSION_SECRET: secret, LIVE_PUSH_URL: 'http://10.0.0.5:3000' }).LIVE_PUSH_URL).toBe(
      'http://10.0.0.5:3000',
    );
  });

  it.each([
    { IMAP_TLS: 'yes' },
    { IMAP_PORT: '70000' },
    { IMAP_POOL_PER_SESSION: '0' },
    { LIVE_PUSH_URL: 'ftp://10.0.0.5/' },
    { LIVE_PUSH_URL: 'letterbox.example' },
  ])('rejects %o', (bad) => {
    expect(() => parseEnv({ SESSION_SECRET: secret, ...bad })).toThrow(/Invalid configuration/);
  });
});
