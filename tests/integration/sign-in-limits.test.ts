import { describe, expect, it } from 'vitest';
import { AppClient } from './support/http-client';
import { APP_ENV } from './support/servers';
import { freshUser } from './support/users';

const PER_ACCOUNT = Number(APP_ENV.SIGN_IN_MAX_FAILURES_PER_ACCOUNT);
const PER_IP = Number(APP_ENV.SIGN_IN_MAX_FAILURES_PER_IP);

/** A client whose requests come from `ip` as far as the app can tell (no trusted proxy: the last X-Forwarded-For entry). */
const from = (ip: string) => {
  const client = new AppClient();
  const signIn = (user: string, password: string) =>
    client.request('POST', '/api/session', { user, password }, { 'x-forwarded-for': ip });
  return { client, signIn };
};

const randomIp = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

describe('sign-in throttling', () => {
  it('refuses an account with 429 and Retry-After after its failures, even with the right password, until the window ends', async () => {
    const owner = freshUser('limit');
    // A new IP per attempt: only the account's own count can refuse. In parallel, so Dovecot's
    // 2 s delay per failure does not outlast the short window of the test server.
    const failures = await Promise.all(Array.from({ length: PER_ACCOUNT }, () => from(randomIp()).signIn(owner.user, 'wrong')));
    expect(failures.map((response) => response.status)).toEqual(failures.map(() => 401));
    const refused = await from(randomIp()).signIn(owner.user, owner.password);
    expect(refused.status).toBe(429);
    expect(refused.json?.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Number(APP_ENV.SIGN_IN_WINDOW_S));
    // No session was made.
    expect(refused.setCookie).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 250));
    expect((await from(randomIp()).signIn(owner.user, owner.password)).status).toBe(200);
  });

  it('refuses an IP after its failures across several accounts, while other IPs still sign in', async () => {
    const ip = randomIp();
    const owners = Array.from({ length: Math.ceil(PER_IP / 2) }, () => freshUser('limit'));
    // Two failures per account (under the account limit), in parallel: Dovecot's 2 s delays overlap.
    const failures = await Promise.all(owners.flatMap((owner) => [0, 1].map(() => from(ip).signIn(owner.user, 'wrong'))));
    expect(failures.map((response) => response.status)).toEqual(failures.map(() => 401));
    const [first] = owners;
    const refused = await from(ip).signIn(first?.user ?? '', first?.password ?? '');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await from(randomIp()).signIn(first?.user ?? '', first?.password ?? '')).status).toBe(200);
  });
});
